// Prints the report reader's figures: for each report and format, the share of PHỤ LỤC I rows proposed with the exact
// value, of the yearly series' points, tasks and targets found, wrong values proposed as HIGH, and the time from the
// file's bytes to proposals (a ~40-page PDF included). Figures go to docs/report-reader.md.
import { it } from 'vitest';
import { readReportFile, type DocumentFormat } from '../index.js';
import { makeDocx, makePdf } from './documents.js';
import { measure } from './measure.js';
import { otherCommuneTruth } from './other-commune.js';
import { binhThanhTruth, template, type Truth } from './truth.js';

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;

async function fileOf(truth: Truth, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'PDF') return makePdf(truth.text, { linesPerPage: 24, header: 'UBND xã - Báo cáo tổng kết CCHC' });
  if (format === 'DOCX') return makeDocx(truth.text);
  return new TextEncoder().encode(truth.text);
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

it('measures the report reader', async () => {
  const rows: string[] = [
    '| report | format | pages | appendix rows exact | yearly series points | tasks | targets | wrong HIGH | first read (ms) | median of 5 (ms) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const truth of [binhThanhTruth(), otherCommuneTruth()]) {
    for (const format of ['TEXT', 'PDF', 'DOCX'] as const) {
      const bytes = await fileOf(truth, format);
      const [proposals, first] = await timed(() => readReportFile(bytes, format, template));
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) times.push((await timed(() => readReportFile(bytes, format, template)))[1]);
      times.sort((a, b) => a - b);
      const m = measure(proposals, truth);
      rows.push(
        `| ${truth.name} | ${format} | ${proposals.pages ?? '—'} | ${pct(m.appendixExact, m.appendixTotal)} | ${pct(m.seriesFound, m.seriesTotal)} | ${m.tasksFound}/${m.tasksTotal} | ${m.targetsFound}/${m.targetsTotal} | ${m.wrongHigh.length} | ${first.toFixed(0)} | ${times[2]!.toFixed(0)} |`,
      );
      for (const miss of [...m.misses, ...m.wrongHigh]) console.log(`  ${truth.name} ${format}: ${miss}`);
    }
  }
  console.log(`\n${rows.join('\n')}\n`);
});
