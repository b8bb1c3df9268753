// W4's step-up search against a simulated server whose tail passes only at low rates while its median keeps up far
// higher (a W1 queued behind a W3 on one core): the search must step down below its first step and bisect to the
// highest passing rate, not fall back to "keeps up" — the gap the quiet run of 2026-11-30 showed.
import { describe, expect, it } from 'vitest';
import type { FixedRateResult, FixedRateSpec } from '../src/fixed-rate.js';
import { parseSchedstat, parseSteal, threadShare } from '../src/proc.js';
import { lowestFailAbove, runW4, type StepResult, type W4Settings } from '../src/soak.js';
import type { RunningServer } from '../src/servers.js';

const SETTINGS: W4Settings = {
  unloadedSeconds: 1, unloadedWarmupSeconds: 0, unloadedRate: 2, stepSeconds: 1, stepWarmupSeconds: 0, stepFactor: 1.5,
  refineSteps: 3, maxSteps: 10, tailLimit: 3, soakShare: 0.7, soakSeconds: 1, soakWarmupSeconds: 0, rssEverySeconds: 1,
  heapSnapshots: false,
};

/** A server whose p50 is 10 ms (p99 under 30 ms) up to `tailUpTo` req/s, whose p99 grows past the limit above that
 * while its p50 stays low up to `keepsUpTo`, and which falls behind beyond. */
function simulated(tailUpTo: number, keepsUpTo: number, luckyAt?: number) {
  const rates: number[] = [];
  const fixedRate = async (spec: FixedRateSpec): Promise<FixedRateResult> => {
    rates.push(spec.rate);
    const p50 = spec.rate <= keepsUpTo ? 10 : 500;
    const p99 = spec.rate <= tailUpTo || spec.rate === luckyAt ? 25 : 80;
    const achievedRate = spec.rate <= keepsUpTo ? spec.rate : keepsUpTo;
    const completed = Math.round(spec.rate * spec.durationSeconds);
    return {
      sent: completed, completed, errors: 0, non2xx: 0, p50, p90: p99, p99, max: p99, mean: 15, achievedRate,
      byKind: [{ completed, p50, p99 }], errorKinds: {},
    };
  };
  return { rates, fixedRate };
}

const server = { pid: process.pid, url: 'http://127.0.0.1:1', stop: async () => undefined } as unknown as RunningServer;

async function search(tailUpTo: number, keepsUpTo: number, luckyAt?: number) {
  const sim = simulated(tailUpTo, keepsUpTo, luckyAt);
  const result = await runW4({ server, spec: { url: server.url, method: 'POST', headers: {}, bodies: ['{}'] }, kinds: ['W1'], settings: SETTINGS, fixedRate: sim.fixedRate, heapDir: '', log: () => undefined });
  return { ...result, rates: sim.rates };
}

describe('W4 step-up search', () => {
  it('steps down below its first step when no rate passes on the way up, then bisects to the highest passing rate', async () => {
    // The first step is 0.5 × 1000 / mean 15 ms = 33 req/s: it keeps up but its tail fails.
    const r = await search(7, 40);
    expect(r.steps[0]?.rate).toBe(33);
    expect(r.steps[0]?.pass).toBe(false);
    expect(r.sustainableRate).toBe(7);
    expect(r.soakBasis).toBe('sustainable');
    expect(r.soakRate).toBe(Math.floor(0.7 * 7));
    // Every step at or below 7 passed, every one above failed.
    for (const step of r.steps) expect(step.pass).toBe(step.rate <= 7);
  });

  it('still steps up while the tail passes and bisects below the first failure', async () => {
    const r = await search(60, 80);
    expect(r.sustainableRate).toBeGreaterThanOrEqual(56);
    expect(r.sustainableRate).toBeLessThanOrEqual(60);
    expect(r.steps.every((s) => s.pass === s.rate <= 60)).toBe(true);
  });

  it('does not take a step whose tail passed above one that failed as the sustainable rate', async () => {
    // Steps 33 (pass), 50 and 75 (tail fails), 113 (passes by luck), 170 and 255 (tail fails); it keeps up to 200.
    const r = await search(40, 200, 113);
    expect(r.steps.find((s) => s.rate === 113)?.pass).toBe(true);
    expect(r.steps.find((s) => s.rate === 50)?.pass).toBe(false);
    // Bisected between 33 and the first failure, 50, instead of between 113 and 170.
    expect(r.sustainableRate).toBe(40);
    expect(r.soakRate).toBe(Math.floor(0.7 * 40));
  });

  it('says how much of the machine’s CPU the hypervisor stole during each step and the soak', async () => {
    const r = await search(60, 80);
    for (const step of r.steps) expect(step.stealPercent).toBeGreaterThanOrEqual(0);
    expect(r.soakStealPercent).toBeGreaterThanOrEqual(0);
    expect(r.soakWorstStealPercent).toBeGreaterThanOrEqual(0);
  });

  it('says, for each step and the soak, how long the server’s request thread waited for its core and what its other threads ran', async () => {
    const r = await search(60, 80);
    // The simulated server is this process: its main thread and vitest's other threads, read from /proc.
    for (const step of r.steps) {
      expect(step.server?.mainWaitMsPerSecond).toBeGreaterThanOrEqual(0);
      expect(step.server?.helpersRunMsPerSecond).toBeGreaterThanOrEqual(0);
    }
    expect(r.soakServer?.mainRunMsPerSecond).toBeGreaterThanOrEqual(0);
    expect(r.soakServer?.helpersRunMsPerSecond).toBeGreaterThanOrEqual(0);
    expect(r.soakWorstMainWaitMsPerSecond).toBeGreaterThanOrEqual(0);
  });

  it('reports no sustainable rate when even 1 req/s fails, and soaks on what the server keeps up with', async () => {
    const r = await search(0, 40);
    expect(r.sustainableRate).toBe(0);
    expect(r.soakBasis).toBe('keeps-up');
    expect(r.rates).toContain(1);
  });
});

describe('lowestFailAbove', () => {
  const step = (rate: number, pass: boolean) => ({ rate, pass }) as StepResult;
  it('takes the lowest failing rate above the passing one, not the first tried', () => {
    expect(lowestFailAbove([step(33, false), step(16, false), step(8, false), step(4, true)], 4, 50)).toBe(8);
    expect(lowestFailAbove([step(4, true)], 4, 50)).toBe(50);
  });
});

describe('parseSteal', () => {
  it('reads the steal column of /proc/stat, summed over CPUs, in milliseconds, with the number of CPUs', () => {
    const stat = [
      'cpu  231982 0 39056 940799 1359 0 5366 4410 0 0',
      'cpu0 115000 0 19000 470000 700 0 2600 2300 0 0',
      'cpu1 116982 0 20056 470799 659 0 2766 2110 0 0',
      'intr 123 0',
    ].join('\n');
    expect(parseSteal(stat)).toEqual({ ms: 44_100, cpus: 2 });
    expect(() => parseSteal('intr 1')).toThrow(/cpu/);
  });
});

describe('the server’s threads', () => {
  it('reads a thread’s time on a CPU and its wait for one from schedstat, in milliseconds', () => {
    expect(parseSchedstat('7293000000 2640500000 91234\n')).toEqual({ runMs: 7293, waitMs: 2640.5 });
    expect(() => parseSchedstat('')).toThrow(/schedstat/);
  });

  it('charges the main thread’s wait and the other threads’ run per second, counting a thread born meanwhile from zero', () => {
    const before = new Map([
      [100, { runMs: 1000, waitMs: 50 }],
      [101, { runMs: 300, waitMs: 0 }],
      [102, { runMs: 80, waitMs: 0 }],
    ]);
    // 102 ended meanwhile; 107 was born.
    const after = new Map([
      [100, { runMs: 1600, waitMs: 170 }],
      [101, { runMs: 420, waitMs: 5 }],
      [107, { runMs: 60, waitMs: 1 }],
    ]);
    expect(threadShare(100, before, after, 2000)).toEqual({ mainRunMsPerSecond: 300, mainWaitMsPerSecond: 60, helpersRunMsPerSecond: 90 });
  });
});
