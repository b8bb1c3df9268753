// Process figures from /proc: CPU time (user + system) and peak resident memory of a server under test.
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU milliseconds (utime + stime) the process has used so far. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = status.split('\n').find((l) => l.startsWith(`${field}:`));
  if (!line) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Peak resident set size in MiB (VmHWM). */
export const peakRssMb = (pid: number): number => statusField(pid, 'VmHWM');
/** Current resident set size in MiB (VmRSS). */
export const rssMb = (pid: number): number => statusField(pid, 'VmRSS');

/** The CPU time the hypervisor gave to other guests while this machine's CPUs wanted to run ("steal"), summed over
 * CPUs, from the text of /proc/stat; with the number of CPUs. */
export function parseSteal(procStat: string): { ms: number; cpus: number } {
  const lines = procStat.split('\n');
  const total = lines.find((l) => l.startsWith('cpu '));
  if (!total) throw new Error('/proc/stat has no "cpu" line');
  // cpu user nice system idle iowait irq softirq steal …
  const steal = Number(total.trim().split(/\s+/)[8] ?? 0);
  const cpus = lines.filter((l) => /^cpu\d+ /.test(l)).length;
  return { ms: (steal * 1000) / CLOCK_TICKS_PER_SECOND, cpus: Math.max(1, cpus) };
}

/** The machine's steal so far (see `parseSteal`). */
export const machineSteal = (): { ms: number; cpus: number } => parseSteal(readFileSync('/proc/stat', 'utf8'));

/** A stopwatch of steal: the share (%) of the machine's CPU time stolen since it was started. */
export function stealWatch(): () => number {
  const start = machineSteal();
  const started = performance.now();
  return () => {
    const now = machineSteal();
    const wall = performance.now() - started;
    return wall > 0 ? Math.round(((now.ms - start.ms) / (wall * now.cpus)) * 1000) / 10 : 0;
  };
}

/** A thread's time on a CPU and its time runnable but waiting for one, in milliseconds. */
export interface ThreadTime {
  runMs: number;
  waitMs: number;
}

/** A thread's `ThreadTime` from the text of /proc/<pid>/task/<tid>/schedstat ("<run ns> <wait ns> <slices>"). */
export function parseSchedstat(text: string): ThreadTime {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  if (!Number.isFinite(run) || !Number.isFinite(wait)) throw new Error(`not a schedstat line: "${text.trim()}"`);
  return { runMs: (run as number) / 1e6, waitMs: (wait as number) / 1e6 };
}

/** Each thread of a process so far (see `parseSchedstat`), by thread id; a thread that ends meanwhile is left out. */
export function threadTimes(pid: number): Map<number, ThreadTime> {
  const times = new Map<number, ThreadTime>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      times.set(Number(tid), parseSchedstat(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8')));
    } catch {
      // the thread ended
    }
  }
  return times;
}

/** Where a server's time went, per second of wall time: its request thread (the main thread, whose id is the pid)
 * waiting for a CPU while it had work, and the CPU its other threads (V8's garbage collection and compilation helpers,
 * libuv's pool) used — on a server pinned to one core, the second is taken from the first. */
export interface ThreadShare {
  mainRunMsPerSecond: number;
  mainWaitMsPerSecond: number;
  helpersRunMsPerSecond: number;
}

/** The share between two `threadTimes` of one process `wallMs` apart (threads born meanwhile count from zero). */
export function threadShare(pid: number, before: Map<number, ThreadTime>, after: Map<number, ThreadTime>, wallMs: number): ThreadShare {
  let helpers = 0;
  for (const [tid, t] of after) if (tid !== pid) helpers += Math.max(0, t.runMs - (before.get(tid)?.runMs ?? 0));
  const main = after.get(pid);
  const main0 = before.get(pid);
  const per = (ms: number): number => (wallMs > 0 ? Math.round((ms / wallMs) * 10_000) / 10 : 0);
  return {
    mainRunMsPerSecond: main && main0 ? per(main.runMs - main0.runMs) : Number.NaN,
    mainWaitMsPerSecond: main && main0 ? per(main.waitMs - main0.waitMs) : Number.NaN,
    helpersRunMsPerSecond: per(helpers),
  };
}

/** A stopwatch of a process's threads (see `ThreadShare`); null when its threads cannot be read (not Linux). */
export function threadWatch(pid: number): () => ThreadShare | null {
  let start: Map<number, ThreadTime>;
  try {
    start = threadTimes(pid);
  } catch {
    return () => null;
  }
  const started = performance.now();
  return () => {
    try {
      return threadShare(pid, start, threadTimes(pid), performance.now() - started);
    } catch {
      return null;
    }
  };
}

/** The machine's steal and the server's thread shares over one interval, from one start: the two W4 reports together. */
export function machineWatch(pid: number): () => { stealPercent: number; server: ThreadShare | null } {
  const steal = stealWatch();
  const threads = threadWatch(pid);
  return () => ({ stealPercent: steal(), server: threads() });
}
