// The Node flags the API runs with. They are V8's and must be on node's command line (`NODE_OPTIONS` refuses them,
// and setting them at run time aborts V8 at the next collection), so every launcher takes them from here: the
// package's `start` (a test keeps it in step), the benchmark and the browser tests import this list, and the
// process says at start-up when it was started without them. Measured in docs/benchmarks.md (issue 12, stop 18).

/**
 * - `--no-allocation-site-pretenuring`: V8 watches how many objects of each allocation site survive a scavenge and,
 *   past a threshold, allocates that site's objects straight in the old generation from then on. Under load a
 *   request's answer is often in flight during a scavenge, so the sites that build answers (graphql-jit's result
 *   objects, a series' points) were tenured although every answer dies within milliseconds: about 11 MB/s went to the
 *   old generation and died there, and full collections followed every few seconds. Without it the same answers die
 *   young: under the benchmark's mixed load at 100 req/s, no full collection in a minute (4 to 14 before), W1's p99
 *   6 ms instead of 11–20 and W3's 16–19 ms instead of 50–73.
 * - `--single-threaded-gc`: V8 collects garbage on the request thread instead of handing the work to helper threads.
 *   An API process is given a core of its own (docs/deployment.md); V8's helper threads then run on that same core,
 *   and a request that is ready waits for them (55–59 ms of every second under the mixed load, 7 without them).
 */
export const API_NODE_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring', '--single-threaded-gc'];

/** The flags of `API_NODE_FLAGS` this process (or the given command line) was started without. */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return API_NODE_FLAGS.filter((flag) => !execArgv.includes(flag));
}
