/**
 * Debian's Chromium, as every browser run of the project starts it (browser tests, Lighthouse,
 * the search benchmark). Without the background-networking flags Chromium tries to reach Google's
 * hosts at start, which the closed network of CI refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
