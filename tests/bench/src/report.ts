// Renders a benchmark run as Markdown: the goals with today's figure beside each, then the tables. In
// docs/benchmarks.md the generated blocks sit between markers so the hand-written analysis around them stays.
import { renderHeapComparison } from './heap-snapshot.js';
import type { ThreadShare } from './proc.js';
import { judgeStep, type W4Result } from './soak.js';
import type { SystemId } from './servers.js';
import type { WorkloadId } from './workloads.js';

export interface WorkloadFigures {
  requestsPerSecond: number;
  openP50: number;
  openP99: number;
  fixedRate: number;
  p50: number;
  p99: number;
  /** Requests that failed (connection errors, unexpected statuses) over the fixed-rate rounds. */
  fixedErrors: number;
  serverCpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
  statementsPerRequest: number;
}

export interface SystemFigures {
  id: SystemId;
  label: string;
  workloads: Partial<Record<WorkloadId, WorkloadFigures>>;
  rows: Partial<Record<WorkloadId, number>>;
  peakRssMb?: number;
  w4: (W4Result & { mix: string; loadAverage: number[] }) | null;
}

export interface BenchReport {
  preset: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; postgres: string; os: string; loadAverage?: { start: number[]; end: number[] } };
  data: { observations: number; units: number; communes: number; databaseMb: number };
  load: {
    rows: number;
    seconds: number;
    rowsPerSecond: number;
    format?: string;
    /** CPU of the loader's PostgreSQL backend and of the Node process generating and sending the rows. */
    backendCpuSeconds?: number;
    clientCpuSeconds?: number;
    floorSeconds?: number;
    floorRows?: number;
    floorBackendCpuSeconds?: number;
  } | null;
  settings: Record<string, unknown>;
  params: Record<string, unknown>;
  systems: SystemFigures[];
  notes: string[];
}

const fmt = (n: number | undefined, digits = 1): string =>
  n === undefined || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits });
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
const mark = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'met' : '**missed**');

function goals(r: BenchReport): string {
  const by = (id: SystemId) => r.systems.find((s) => s.id === id);
  const raw = by('raw');
  const cchc = by('cchc');
  const pgl = by('postgraphile');
  const w1 = cchc?.workloads.W1;
  const w1Ratio = w1 && raw?.workloads.W1 ? w1.p50 / raw.workloads.W1.p50 : Number.NaN;
  const w2 = cchc?.workloads.W2;
  const w2Ratio = w2 && pgl?.workloads.W2 ? w2.requestsPerSecond / pgl.workloads.W2.requestsPerSecond : Number.NaN;
  const w3 = cchc?.workloads.W3;
  const w3Ratio = w3 && pgl?.workloads.W3 ? w3.p50 / pgl.workloads.W3.p50 : Number.NaN;
  // The CCHC W3 query nests three levels of data: orgUnit → children → series (points and change are fields of a
  // series row, not further reads).
  const w3Depth = 3;
  const w4 = cchc?.w4;
  const soak = w4?.soak;
  const soakErrors = soak ? soak.errors + soak.non2xx : Number.NaN;
  const soakJudged = w4 && soak ? judgeStep(w4.soakRate, soak, w4.unloaded, w4.kinds, 3) : null;
  const tails = w4 && soak ? soak.byKind.map((k, i) => `${w4.kinds[i]} ${k.completed ? fmt(k.p99, 1) : '—'} / ${fmt(w4.unloaded.byKind[i]?.p50, 1)}`).join(', ') : '';
  const heapGrowth = w4?.heap ? ((w4.heap.totalAfter - w4.heap.totalBefore) / w4.heap.totalBefore) * 100 : Number.NaN;
  const topHeap = w4?.heap?.top[0];
  const topHeapGrowth = topHeap ? Math.max(topHeap.retainedAfter - topHeap.retainedBefore, topHeap.shallowAfter - topHeap.shallowBefore) : Number.NaN;
  const loadRatio = r.load?.floorSeconds ? r.load.seconds / r.load.floorSeconds : Number.NaN;
  const known = (n: number): boolean => Number.isFinite(n);
  const vsPgl = (w: WorkloadId, of: WorkloadId = w) => {
    const a = cchc?.workloads[w]?.requestsPerSecond;
    const b = pgl?.workloads[of]?.requestsPerSecond;
    return a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
  };
  const throughputGoal = (w: WorkloadId) => {
    const x = vsPgl(w);
    return [`${w} open-run throughput ≥ 1.5× PostGraphile’s (issue 12)`, `${fmt(x, 2)}× (${fmt(cchc?.workloads[w]?.requestsPerSecond)} vs ${fmt(pgl?.workloads[w]?.requestsPerSecond)} req/s)`, mark(known(x) ? x >= 1.5 : null)];
  };
  const w5Goal = (page: 'overview' | 'indicator') => {
    const warm = `W5-${page}-warm` as WorkloadId;
    const cold = `W5-${page}` as WorkloadId;
    const x = vsPgl(warm, cold);
    return [`W5 ${page}, warm (304 by ETag), ≥ 5× PostGraphile’s uncached throughput`, `${fmt(x, 2)}× (${fmt(cchc?.workloads[warm]?.requestsPerSecond)} vs ${fmt(pgl?.workloads[cold]?.requestsPerSecond)} req/s; cold ${fmt(cchc?.workloads[cold]?.requestsPerSecond)})`, mark(known(x) ? x >= 5 : null)];
  };
  const rows = [
    throughputGoal('W1'),
    throughputGoal('W2'),
    throughputGoal('W3'),
    w5Goal('overview'),
    w5Goal('indicator'),
    ['W1 p50 within 1.3× of the raw floor (fixed rate)', `${fmt(w1Ratio, 2)}× (${fmt(w1?.p50, 2)} ms vs ${fmt(raw?.workloads.W1?.p50, 2)} ms)`, mark(known(w1Ratio) ? w1Ratio <= 1.3 : null)],
    ['W2 throughput at least PostGraphile’s', `${fmt(w2Ratio, 2)}× (${fmt(w2?.requestsPerSecond)} vs ${fmt(pgl?.workloads.W2?.requestsPerSecond)} req/s)`, mark(known(w2Ratio) ? w2Ratio >= 1 : null)],
    ['W3 SQL statements per request ≤ query depth', `${fmt(w3?.statementsPerRequest, 1)} (depth ${w3Depth})`, mark(w3 && known(w3.statementsPerRequest) ? w3.statementsPerRequest <= w3Depth : null)],
    ['W3 p50 within 1.2× of PostGraphile', `${fmt(w3Ratio, 2)}× (${fmt(w3?.p50, 2)} ms vs ${fmt(pgl?.workloads.W3?.p50, 2)} ms)`, mark(known(w3Ratio) ? w3Ratio <= 1.2 : null)],
    [
      'W4 sustainable rate (step-up: every kind’s p99 ≤ 3× its unloaded p50)',
      w4
        ? `${fmt(w4.sustainableRate, 0)} req/s (${w4.mix}); keeps up (medians ≤ 3× unloaded) to ${fmt(w4.keepsUpRate, 0)} req/s; soak at ${fmt(w4.soakRate, 0)} req/s = 70% of the ${w4.soakBasis === 'sustainable' ? 'sustainable rate' : '**keeps-up rate, no rate met the tail limit**'}, ${fmt(soak ? soak.sent / w4.soakRate : Number.NaN, 0)} s`
        : '—',
      mark(w4 ? w4.sustainableRate > 0 : null),
    ],
    ['W4 soak: zero errors', `${fmt(soakErrors, 0)}${soak && Object.keys(soak.errorKinds ?? {}).length ? ` (${Object.entries(soak.errorKinds).map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`, mark(known(soakErrors) ? soakErrors === 0 : null)],
    ['W4 soak: p99 ≤ 3× unloaded p50, per kind (ms)', soakJudged ? `${tails}${soakJudged.pass ? '' : ` — ${soakJudged.reason}`}; all kinds p50 / p99 ${fmt(soak?.p50, 2)} / ${fmt(soak?.p99, 2)}; the machine's CPU stolen by the hypervisor meanwhile ${fmt(w4?.soakStealPercent, 1)}% (worst ${w4?.rssEverySeconds ?? 5} s: ${fmt(w4?.soakWorstStealPercent, 1)}%); the server's request thread waited for its core ${fmt(w4?.soakServer?.mainWaitMsPerSecond, 1)} ms/s (worst ${w4?.rssEverySeconds ?? 5} s: ${fmt(w4?.soakWorstMainWaitMsPerSecond, 1)}) while its other threads ran ${fmt(w4?.soakServer?.helpersRunMsPerSecond, 1)} ms/s` : '—', mark(soakJudged ? soakJudged.pass : null)],
    [`W4 soak: RSS (every ${w4?.rssEverySeconds ?? 5} s) grows < 10% after warm-up`, w4 ? `${fmt(w4.rssGrowthPercent, 1)}% (${fmt(w4.rssAfterWarmupMb)} → ${fmt(w4.rssEndMb)} MiB, ${fmt(w4.rssSlopeMbPerMinute, 2)} MiB/min)` : '—', mark(w4 && known(w4.rssGrowthPercent) ? w4.rssGrowthPercent < 10 : null)],
    ['W4 soak: no retained heap growth (snapshots before/after; < 5% and no constructor + 1 MiB)', w4?.heap ? `${fmt(heapGrowth, 1)}% (${fmt(w4.heap.totalBefore / 2 ** 20)} → ${fmt(w4.heap.totalAfter / 2 ** 20)} MiB); most grown: ${topHeap?.name ?? '—'} ${fmt(topHeapGrowth / 1024, 0)} KiB` : '—', mark(w4?.heap ? heapGrowth < 5 && topHeapGrowth < 2 ** 20 : null)],
    ...(r.load?.floorSeconds
      ? [[
          'Load within 1.1× of its floor (server-side COPY from a file, same transaction)',
          `${fmt(loadRatio, 2)}× (${fmt(r.load.seconds)} s vs ${fmt(r.load.floorSeconds)} s, ${r.load.format ?? 'text'}); PostgreSQL backend CPU ${fmt(r.load.backendCpuSeconds)} s vs ${fmt(r.load.floorBackendCpuSeconds)} s, loader’s Node CPU ${fmt(r.load.clientCpuSeconds)} s`,
          mark(loadRatio <= 1.1),
        ]]
      : []),
  ];
  return ['| goal | today | |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function tables(r: BenchReport): string {
  const raw = r.systems.find((s) => s.id === 'raw');
  const workloads: WorkloadId[] = ['W1', 'W1-5000', 'W2', 'W3', 'W5-overview', 'W5-overview-warm', 'W5-indicator', 'W5-indicator-warm'];
  const out: string[] = [];
  for (const w of workloads) {
    if (!r.systems.some((s) => s.workloads[w])) continue;
    const rate = r.systems.find((s) => s.workloads[w])?.workloads[w]?.fixedRate;
    out.push(`#### ${w}`, '');
    out.push(
      `| system | req/s (open) | × raw | p50 / p99 at ${fmt(rate, 0)} req/s (ms) | × raw p50 | server CPU ms/req | DB CPU ms/req | SQL statements/req | rows |`,
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const s of r.systems) {
      const f = s.workloads[w];
      if (!f) {
        out.push(`| ${s.label} | not run | | | | | | | |`);
        continue;
      }
      out.push(
        `| ${s.label} | ${fmt(f.requestsPerSecond)} | ${ratio(f.requestsPerSecond, raw?.workloads[w]?.requestsPerSecond)} | ${fmt(f.p50, 2)} / ${fmt(f.p99, 2)}${f.fixedErrors > 0 ? ` (**${f.fixedErrors} errors**)` : ''} | ${ratio(f.p50, raw?.workloads[w]?.p50)} | ${fmt(f.serverCpuMsPerRequest, 2)} | ${fmt(f.dbCpuMsPerRequest, 2)} | ${fmt(f.statementsPerRequest, 1)} | ${fmt(s.rows[w], 0)} |`,
      );
    }
    out.push('');
  }
  out.push('#### W4 step-up search and soak', '');
  for (const sys of r.systems) {
    const w = sys.w4;
    if (!w) continue;
    const kinds = (x: { byKind: { completed: number; p50: number; p99: number }[] }): string =>
      x.byKind.map((k, i) => `${w.kinds[i]} ${k.completed ? `${fmt(k.p50, 1)} / ${fmt(k.p99, 1)}` : '—'}`).join(', ');
    out.push(`**${sys.label}** (mix ${w.mix}; load average at the end ${w.loadAverage.map((x) => x.toFixed(1)).join(' / ')}). Unloaded (p50 / p99 ms): ${kinds(w.unloaded)}.`, '');
    // Steal: CPU time the hypervisor gave other guests, as a share of the machine's — a tail the server did not cause.
    // The server's threads: its request thread's wait for its core (ms per second, runnable but not running) and the CPU
    // its other threads (V8's GC and compiler helpers, libuv's pool) used meanwhile — on one pinned core, taken from it.
    const threads = (t: ThreadShare | null | undefined): string => (t ? `${fmt(t.mainRunMsPerSecond, 0)} / ${fmt(t.mainWaitMsPerSecond, 1)} / ${fmt(t.helpersRunMsPerSecond, 1)}` : '—');
    out.push('| rate (req/s) | achieved | errors | p50 / p99 per kind (ms) | CPU steal | server ms/s: request thread ran / waited for its core / other threads ran | verdict |', '|---|---|---|---|---|---|---|');
    for (const st of w.steps) out.push(`| ${st.rate} | ${fmt(st.result.achievedRate)} | ${st.result.errors + st.result.non2xx} | ${kinds(st.result)} | ${fmt(st.stealPercent, 1)}% | ${threads(st.server)} | ${st.pass ? 'pass' : `${st.keepsUp ? 'keeps up, tail' : 'fail'}: ${st.reason}`} |`);
    if (w.soak) out.push(`| **soak ${w.soakRate}** | ${fmt(w.soak.achievedRate)} | ${w.soak.errors + w.soak.non2xx} | ${kinds(w.soak)} | ${fmt(w.soakStealPercent, 1)}% (worst ${w.rssEverySeconds} s: ${fmt(w.soakWorstStealPercent, 1)}%) | ${threads(w.soakServer)} (waited, worst ${w.rssEverySeconds} s: ${fmt(w.soakWorstMainWaitMsPerSecond, 1)}) | ${w.soak.sent} requests |`);
    out.push('', `RSS every ${w.rssEverySeconds} s (MiB): ${w.rss.map((x) => Math.round(x.mb)).join(' ')}; peak RSS ${fmt(sys.peakRssMb)} MiB.`, '');
    if (w.heap) out.push('Heap snapshots before → after the soak, by constructor (most grown first):', '', renderHeapComparison({ ...w.heap, top: w.heap.top.slice(0, 10) }), '');
  }
  return out.join('\n');
}

export function renderBlock(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `### Preset \`${r.preset}\` — ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores (a **shared** machine: other engineers were building and testing while this ran), ${m.memoryGb} GiB, ${m.os}, Node ${m.node}, PostgreSQL ${m.postgres}. Load generator pinned to core 0, server to core 1 (\`taskset\`); PostgreSQL unpinned.${m.loadAverage ? ` Load average (1/5/15 min) at the start ${m.loadAverage.start.map((x) => x.toFixed(2)).join(' / ')}, at the end ${m.loadAverage.end.map((x) => x.toFixed(2)).join(' / ')}.` : ''}`,
    '',
    `Data: ${fmt(r.data.observations, 0)} observations, ${fmt(r.data.units, 0)} org units (${fmt(r.data.communes, 0)} communes with synthetic data), database ${fmt(r.data.databaseMb, 0)} MiB.` +
      (r.load ? ` Loaded this run through COPY (${r.load.format ?? 'text'}): ${fmt(r.load.rows, 0)} rows in ${fmt(r.load.seconds)} s (${fmt(r.load.rowsPerSecond, 0)} rows/s)${r.load.floorSeconds ? `; the floor (the same transaction, COPY reading a server-side file) ${fmt(r.load.floorSeconds)} s` : ''}.` : ''),
    '',
    `Settings: ${JSON.stringify(r.settings)}. Parameters: ${JSON.stringify(r.params)}.`,
    '',
    '#### Goals',
    '',
    goals(r),
    '',
    tables(r),
  ];
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

const START = (preset: string) => `<!-- bench:${preset}:start -->`;
const END = (preset: string) => `<!-- bench:${preset}:end -->`;

/** The report for the terminal, or the previous docs file with this preset's block replaced (or appended). */
export function renderReport(r: BenchReport, previous: string | null): string {
  const block = `${START(r.preset)}\n${renderBlock(r)}\n${END(r.preset)}`;
  if (previous === null) return `${block}\n`;
  const start = previous.indexOf(START(r.preset));
  const end = previous.indexOf(END(r.preset));
  if (start !== -1 && end > start) return previous.slice(0, start) + block + previous.slice(end + END(r.preset).length);
  return `${previous.trimEnd()}\n\n${block}\n`;
}
