// The Node flags the API runs with. They are V8's and must be on node's command line (`NODE_OPTIONS` refuses them,
// and setting them at run time aborts V8 at the next collection), so every launcher takes them from here: the
// package's `start` (a test keeps it in step), the benchmark and the browser tests import this list, and the
// process says at start-up when it was started without them.

/**
 * `--single-threaded-gc`: V8 collects garbage on the request thread instead of handing the work to helper threads.
 * An API process is given a core of its own (docs/deployment.md); V8's four helper threads then run on that same
 * core, and a request that is ready waits for them. Measured under the benchmark's mixed load with the server on one
 * core: the request thread waited for its core 55–59 ms of every second with the helpers, 7 without (docs/benchmarks.md,
 * issue 12).
 */
export const API_NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** The flags of `API_NODE_FLAGS` this process (or the given command line) was started without. */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return API_NODE_FLAGS.filter((flag) => !execArgv.includes(flag));
}
