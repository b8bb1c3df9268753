// Process figures from /proc: CPU time (user + system) and peak resident memory of a server under test.
import { readFileSync } from 'node:fs';

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
