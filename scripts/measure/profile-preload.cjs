/**
 * Preloaded (`NODE_OPTIONS=--require`) by scripts/measure/profile-build.mjs into `next build` and
 * the workers it starts: in each Next worker (IS_NEXT_WORKER), samples the CPU with the inspector
 * and writes a .cpuprofile into PROFILE_BUILD_DIR after PROFILE_BUILD_SECONDS, or when the worker
 * is told to end if that comes first. Node refuses
 * `--cpu-prof` in NODE_OPTIONS, and Next passes its workers NODE_OPTIONS only: hence a preload.
 */
// CommonJS, and loaded with --require: an ES module preload is loaded asynchronously, and the
// listener it adds would let jest-worker's first message through before jest-worker listens.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const fs = require('node:fs');
const inspector = require('node:inspector');
const path = require('node:path');

const dir = process.env.PROFILE_BUILD_DIR;
if (dir && process.env.IS_NEXT_WORKER) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  /** running, then stopping (the profile asked for), then done (written) */
  let state = 'running';
  /** @type {(() => void)[]} */
  const whenDone = [];
  const stop = () => {
    if (state !== 'running') return;
    state = 'stopping';
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        const name = `worker-${process.pid}-${Date.now()}.cpuprofile`;
        fs.writeFileSync(path.join(dir, name), JSON.stringify(result.profile));
      }
      state = 'done';
      for (const then of whenDone.splice(0)) then();
    });
  };
  // jest-worker's « end » message (CHILD_MESSAGE_END, 2): the worker's work is over.
  const onMessage = (/** @type {unknown} */ message) => {
    if (!Array.isArray(message) || message[0] !== 2) return;
    process.off('message', onMessage); // so that the worker can exit as it would
    stop();
  };
  process.on('message', onMessage);
  process.on('exit', stop);
  // Next does not always give a worker the time to write when it ends it: each worker's first
  // PROFILE_BUILD_SECONDS (default 15) are written then, whatever comes after.
  setTimeout(stop, 1000 * Number(process.env.PROFILE_BUILD_SECONDS || 15)).unref();
  // A worker slow to exit is ended with SIGTERM: end once the profile is written.
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    process.once(signal, () => {
      stop();
      const end = () => process.kill(process.pid, signal);
      if (state === 'done') end();
      else whenDone.push(end);
    });
  }
}
