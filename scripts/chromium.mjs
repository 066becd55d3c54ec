/**
 * Debian's Chromium, as every browser run of the project starts it (browser tests, Lighthouse,
 * the search benchmark). Without the background-networking flags Chromium tries to reach Google's
 * hosts at start, which the closed network of CI refuses.
 */
import { config } from '../lib/config.mjs';

export const CHROMIUM_PATH = config.chromiumPath;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
