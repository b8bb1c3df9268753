// W4: the sustainable rate of the mixed workload by a step-up search, then a soak at 70% of it with resident memory
// sampled every few seconds and a heap snapshot before and after, compared by constructor.
//
// "Sustainable" is judged per request kind, since W3 costs several times W1: at a rate, every kind's p99 must stay
// under 3× that kind's unloaded p50 (a slow trickle of the same mix), with no error and the rate actually achieved.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FixedRateResult, FixedRateSpec } from './fixed-rate.js';
import { compareHeapSnapshots, summarizeHeapSnapshot, type HeapComparison } from './heap-snapshot.js';
import { machineWatch, rssMb, type ThreadShare } from './proc.js';
import type { RunningServer } from './servers.js';

export interface W4Settings {
  /** Seconds of the unloaded reference run (the mix at `unloadedRate`), after `unloadedWarmupSeconds` at that rate. */
  unloadedSeconds: number;
  unloadedWarmupSeconds: number;
  unloadedRate: number;
  /** Seconds per step of the search, each after `stepWarmupSeconds` at the same rate. */
  stepSeconds: number;
  stepWarmupSeconds: number;
  /** Each passing step multiplies the rate by this until one fails; then `refineSteps` bisections. */
  stepFactor: number;
  refineSteps: number;
  maxSteps: number;
  /** p99 of every kind ≤ tailLimit × its unloaded p50. */
  tailLimit: number;
  /** The soak runs at this share of the sustainable rate. */
  soakShare: number;
  soakSeconds: number;
  /** The soak's first seconds, after which RSS growth is judged. */
  soakWarmupSeconds: number;
  rssEverySeconds: number;
  heapSnapshots: boolean;
}

export interface StepResult {
  rate: number;
  /** Every kind's p99 within tailLimit × its unloaded p50, no error, the rate achieved. */
  pass: boolean;
  /** The server keeps up: no error, the rate achieved, every kind's median within tailLimit × its unloaded p50. */
  keepsUp: boolean;
  /** Why a step failed, in words. */
  reason: string;
  result: FixedRateResult;
  /** The share of the machine's CPU time the hypervisor stole during the step (%, /proc/stat). */
  stealPercent: number;
  /** The server's request thread and its other threads during the step (null where /proc has no threads). */
  server: ThreadShare | null;
}

export interface RssSample {
  seconds: number;
  mb: number;
  /** CPU time stolen by the hypervisor since the previous sample, as a share of the machine's (%). */
  stealPercent?: number;
  /** How long the server's request thread waited for its core since the previous sample, per second. */
  mainWaitMsPerSecond?: number;
}

export interface W4Result {
  kinds: string[];
  unloaded: FixedRateResult;
  steps: StepResult[];
  /** The highest rate that passed (0 if none did). */
  sustainableRate: number;
  /** The highest rate the server kept up with (median not queueing): the soak's basis when no rate passed. */
  keepsUpRate: number;
  soakRate: number;
  /** What the soak rate is a share of. */
  soakBasis: 'sustainable' | 'keeps-up';
  soak: FixedRateResult | null;
  rss: RssSample[];
  rssEverySeconds: number;
  rssAfterWarmupMb: number;
  rssEndMb: number;
  rssGrowthPercent: number;
  /** Least-squares slope of RSS after warm-up, MiB per minute. */
  rssSlopeMbPerMinute: number;
  /** The machine's CPU time stolen by the hypervisor during the soak (%), and in its worst sampling interval. */
  soakStealPercent: number;
  soakWorstStealPercent: number;
  /** The server's threads during the soak, and its request thread's longest wait for its core in one sampling interval. */
  soakServer: ThreadShare | null;
  soakWorstMainWaitMsPerSecond: number;
  heap: HeapComparison | null;
  heapFiles: string[];
}

export interface W4Run {
  server: RunningServer;
  /** The mix: everything of a fixed-rate spec but its rate and duration. */
  spec: Omit<FixedRateSpec, 'rate' | 'durationSeconds'>;
  kinds: string[];
  settings: W4Settings;
  /** Runs a fixed-rate spec on the load core. */
  fixedRate: (spec: FixedRateSpec) => Promise<FixedRateResult>;
  /** Where the server writes heap snapshots (its --diagnostic-dir). */
  heapDir: string;
  log: (message: string) => void;
}

/** Judges one step against the unloaded reference. */
export function judgeStep(rate: number, result: FixedRateResult, unloaded: FixedRateResult, kinds: string[], tailLimit: number): Omit<StepResult, 'stealPercent' | 'server'> {
  const reasons: string[] = [];
  let keepsUp = true;
  if (result.errors + result.non2xx > 0) {
    reasons.push(`${result.errors + result.non2xx} errors`);
    keepsUp = false;
  }
  if (result.achievedRate < 0.95 * rate) {
    reasons.push(`achieved ${result.achievedRate} req/s`);
    keepsUp = false;
  }
  result.byKind.forEach((k, i) => {
    const base = unloaded.byKind[i]?.p50 ?? Number.NaN;
    if (k.completed === 0) return;
    if (!(k.p50 <= tailLimit * base)) {
      reasons.push(`${kinds[i]} p50 ${k.p50} ms > ${tailLimit}× ${base} ms`);
      keepsUp = false;
    } else if (!(k.p99 <= tailLimit * base)) {
      reasons.push(`${kinds[i]} p99 ${k.p99} ms > ${tailLimit}× ${base} ms`);
    }
  });
  return { rate, pass: reasons.length === 0, keepsUp, reason: reasons.join('; '), result };
}

/** Sends SIGUSR2 (the server runs with --heapsnapshot-signal=SIGUSR2) and waits until the new file is complete. */
export async function takeHeapSnapshot(server: RunningServer, dir: string, timeoutMs = 300_000): Promise<string> {
  const list = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.heapsnapshot')) : []);
  const before = new Set(list());
  process.kill(server.pid, 'SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const file = list().find((f) => !before.has(f));
    if (!file) continue;
    const full = path.join(dir, file);
    const size = statSync(full).size;
    // The snapshot is written synchronously on the main thread: once the server answers again, it is complete.
    if (size > 0 && size === lastSize) {
      try {
        if ((await fetch(`${server.url}/healthz`)).ok) return full;
      } catch {
        // still writing
      }
    }
    lastSize = size;
  }
  throw new Error(`no heap snapshot from pid ${server.pid} in ${dir} within ${timeoutMs / 1000} s`);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** RSS growth after warm-up: the mean of the last three samples against the mean of the first three after warm-up. */
export function rssGrowth(samples: RssSample[], warmupSeconds: number): { base: number; end: number; percent: number; slope: number } {
  const after = samples.filter((s) => s.seconds >= warmupSeconds);
  if (after.length < 2) return { base: Number.NaN, end: Number.NaN, percent: Number.NaN, slope: Number.NaN };
  const base = mean(after.slice(0, 3).map((s) => s.mb));
  const end = mean(after.slice(-3).map((s) => s.mb));
  const mx = mean(after.map((s) => s.seconds));
  const my = mean(after.map((s) => s.mb));
  const sxx = after.reduce((a, s) => a + (s.seconds - mx) ** 2, 0);
  const sxy = after.reduce((a, s) => a + (s.seconds - mx) * (s.mb - my), 0);
  return { base, end, percent: ((end - base) / base) * 100, slope: sxx > 0 ? (sxy / sxx) * 60 : Number.NaN };
}

/** The lowest rate above `pass` that failed the tail criterion (`fallback` when none did). */
export function lowestFailAbove(steps: readonly StepResult[], pass: number, fallback: number): number {
  const failed = steps.filter((x) => x.rate > pass && !x.pass).map((x) => x.rate);
  return failed.length ? Math.min(...failed) : fallback;
}

export async function runW4(run: W4Run): Promise<W4Result> {
  const { settings: s, log } = run;
  const at = (rate: number, durationSeconds: number): Promise<FixedRateResult> => run.fixedRate({ ...run.spec, rate, durationSeconds });

  // A freshly started server compiles its code paths on the first requests: warm it before the reference run.
  if (s.unloadedWarmupSeconds > 0) await at(s.unloadedRate, s.unloadedWarmupSeconds);
  const unloaded = await at(s.unloadedRate, s.unloadedSeconds);
  if (unloaded.errors + unloaded.non2xx > 0) throw new Error(`W4: ${unloaded.errors + unloaded.non2xx} errors in the unloaded run`);
  log(`  W4 unloaded (${s.unloadedRate} req/s): ${unloaded.byKind.map((k, i) => `${run.kinds[i]} p50 ${k.p50} ms`).join(', ')}`);

  const steps: StepResult[] = [];
  const step = async (rate: number): Promise<StepResult> => {
    if (s.stepWarmupSeconds > 0) await at(rate, s.stepWarmupSeconds);
    const watch = machineWatch(run.server.pid);
    const judged: StepResult = { ...judgeStep(rate, await at(rate, s.stepSeconds), unloaded, run.kinds, s.tailLimit), ...watch() };
    steps.push(judged);
    const waited = judged.server ? `; request thread waited ${judged.server.mainWaitMsPerSecond} ms/s for its core, helpers ran ${judged.server.helpersRunMsPerSecond} ms/s` : '';
    log(`  W4 step ${rate} req/s: ${judged.pass ? 'pass' : `fail (${judged.reason})`}; ${judged.result.byKind.map((k, i) => `${run.kinds[i]} p99 ${k.p99}`).join(', ')} ms${waited}`);
    return judged;
  };
  // Start near half of what one request at a time would allow, then step up by a factor while the server keeps up
  // (on a crowded machine the tail may miss its limit at every rate; the search still finds where queueing starts).
  let rate = Math.max(1, Math.floor((0.5 * 1000) / Math.max(1, unloaded.mean)));
  // The tail holds at a rate only if it held at every rate tried below it: a step that passes above one that failed
  // is the noise of a 15-s window, not a rate the server sustains.
  const sustains = (judged: StepResult): boolean => judged.pass && steps.every((x) => x.pass || x.rate > judged.rate);
  let pass = 0;
  let keepsUp = 0;
  let fail = 0;
  for (let i = 0; i < s.maxSteps; i++) {
    const judged = await step(rate);
    if (sustains(judged)) pass = Math.max(pass, rate);
    if (judged.keepsUp) {
      keepsUp = Math.max(keepsUp, rate);
      rate = Math.max(rate + 1, Math.round(rate * s.stepFactor));
    } else {
      fail = rate;
      if (keepsUp > 0 || rate === 1) break;
      rate = Math.max(1, Math.floor(rate / 2)); // the first step already failed: step down
    }
  }
  // No rate met the tail criterion on the way up (the first step may already queue a W1 behind a W3): step down,
  // halving from the lowest rate tried, until one does — then the bisection below works between that rate and the
  // lowest one that failed above it.
  for (let down = Math.floor(Math.min(...steps.map((x) => x.rate)) / 2); pass === 0 && down >= 1; down = Math.floor(down / 2)) {
    const judged = await step(down);
    if (sustains(judged)) pass = down;
    if (judged.keepsUp) keepsUp = Math.max(keepsUp, down);
  }
  // Bisect between the last good rate and the first bad one, on the tail criterion if any rate met it.
  const basis: W4Result['soakBasis'] = pass > 0 ? 'sustainable' : 'keeps-up';
  let good = basis === 'sustainable' ? pass : keepsUp;
  let bad = basis === 'sustainable' ? lowestFailAbove(steps, pass, fail) : fail;
  for (let i = 0; i < s.refineSteps && bad > good + 1 && good > 0; i++) {
    const mid = Math.round((good + bad) / 2);
    const judged = await step(mid);
    if (judged.pass) pass = Math.max(pass, mid);
    if (judged.keepsUp) keepsUp = Math.max(keepsUp, mid);
    if (basis === 'sustainable' ? judged.pass : judged.keepsUp) good = mid;
    else bad = mid;
  }
  const soakRate = Math.max(1, Math.floor(s.soakShare * (basis === 'sustainable' ? pass : keepsUp)));
  log(`  W4 sustainable ${pass} req/s, keeps up to ${keepsUp} req/s; soak at ${soakRate} req/s (${s.soakShare} × ${basis}) for ${s.soakSeconds} s`);

  const heapFiles: string[] = [];
  if (s.stepWarmupSeconds > 0) await at(soakRate, s.stepWarmupSeconds);
  if (s.heapSnapshots) heapFiles.push(await takeHeapSnapshot(run.server, run.heapDir));

  const rss: RssSample[] = [];
  const started = performance.now();
  const soakWatch = machineWatch(run.server.pid);
  let intervalWatch = machineWatch(run.server.pid);
  const sample = (): void => {
    try {
      const interval = rss.length ? intervalWatch() : undefined;
      const stealPercent = interval?.stealPercent;
      const mainWaitMsPerSecond = interval?.server?.mainWaitMsPerSecond;
      intervalWatch = machineWatch(run.server.pid);
      rss.push({ seconds: Math.round((performance.now() - started) / 100) / 10, mb: Math.round(rssMb(run.server.pid) * 10) / 10, stealPercent, mainWaitMsPerSecond });
    } catch {
      // the server ended; the soak's errors will say so
    }
  };
  sample();
  const timer = setInterval(sample, s.rssEverySeconds * 1000);
  let soak: FixedRateResult;
  try {
    soak = await at(soakRate, s.soakSeconds);
  } finally {
    clearInterval(timer);
  }
  sample();
  const { stealPercent: soakStealPercent, server: soakServer } = soakWatch();
  if (s.heapSnapshots) heapFiles.push(await takeHeapSnapshot(run.server, run.heapDir));
  const growth = rssGrowth(rss, s.soakWarmupSeconds);
  let heap: HeapComparison | null = null;
  if (heapFiles.length === 2) {
    heap = compareHeapSnapshots(summarizeHeapSnapshot(heapFiles[0] as string), summarizeHeapSnapshot(heapFiles[1] as string));
  }
  return {
    kinds: run.kinds,
    unloaded,
    steps,
    sustainableRate: pass,
    keepsUpRate: keepsUp,
    soakRate,
    soakBasis: basis,
    soak,
    rss,
    rssEverySeconds: s.rssEverySeconds,
    rssAfterWarmupMb: growth.base,
    rssEndMb: growth.end,
    rssGrowthPercent: growth.percent,
    rssSlopeMbPerMinute: growth.slope,
    soakStealPercent,
    soakWorstStealPercent: Math.max(0, ...rss.map((x) => x.stealPercent ?? 0)),
    soakServer,
    soakWorstMainWaitMsPerSecond: Math.max(0, ...rss.map((x) => x.mainWaitMsPerSecond ?? 0)),
    heap,
    heapFiles,
  };
}
