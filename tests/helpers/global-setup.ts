/**
 * One id per test run: a build made earlier in this run is reused by later test files, a build
 * from an earlier run is not (REUSE_BUILDS=1 keeps them, to iterate on tests quickly).
 */
export default function setup() {
  process.env.TEST_RUN_ID ??= String(Date.now());
}
