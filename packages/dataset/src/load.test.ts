import type { ReportData } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { binhThanhReport } from './binh-thanh/report.js';
import { checkReport, loadDataset } from './load.js';
import { orgUnits } from './org-units.js';
import { programmes } from './programmes.js';

const withObservation = (change: (o: ReportData['observations'][number]) => void, code: string): ReportData => {
  const report: ReportData = structuredClone(binhThanhReport);
  const observation = report.observations.find((o) => o.indicatorCode === code)!;
  change(observation);
  return report;
};

describe('loadDataset', () => {
  it('loads the Bình Thành report with the reference data', () => {
    const dataset = loadDataset();
    expect(dataset.reports).toHaveLength(1);
    expect(dataset.orgUnits.find((u) => u.code === 'dinh-hoa')?.validTo).toBe('2025-06-30');
    expect(dataset.programmes.map((p) => p.code)).toEqual(['2021-2025', '2026-2030']);
  });
});

describe('checkReport', () => {
  it('finds nothing wrong with the real report', () => {
    expect(checkReport(binhThanhReport, orgUnits, programmes)).toEqual([]);
  });

  it('names the row when a stored value differs from the figure as written', () => {
    const report = withObservation((o) => (o.value = 16.807), '3.4.2.a');
    const problems = checkReport(report, orgUnits, programmes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('3.4.2.a');
    expect(problems[0]).toContain('row 3.4.2.a');
    expect(problems[0]).toContain('"16.807" reads as 16807');
  });

  it('reports a figure the domain cannot read, quoting it', () => {
    const report = withObservation((o) => {
      o.raw = '80.5';
      o.source.quote = 'x 80.5';
    }, 'N.PAR.SCORE');
    expect(checkReport(report, orgUnits, programmes).join('\n')).toMatch(/N\.PAR\.SCORE.*"80\.5"/);
  });

  it('checks a rank against both its place and the number of units ranked', () => {
    const report = withObservation((o) => (o.rankOf = 22), 'N.PAR.RANK');
    expect(checkReport(report, orgUnits, programmes).join('\n')).toContain('"5/23" reads as 5 of 23, stored 5 of 22');
  });

  it('keeps a blank cell blank: raw "" must be stored as null, never 0', () => {
    const report = withObservation((o) => (o.value = 0), '3.1.1');
    expect(checkReport(report, orgUnits, programmes).join('\n')).toContain('"" reads as null, stored 0');
  });

  it('reports an indicator defined twice', () => {
    const report: ReportData = structuredClone(binhThanhReport);
    report.indicators.push({ ...report.indicators[0]! });
    expect(checkReport(report, orgUnits, programmes).join('\n')).toContain('Duplicate indicator codes: 1');
  });

  it('reports observations of unknown indicators and dangling components', () => {
    const report: ReportData = structuredClone(binhThanhReport);
    report.observations[0]!.indicatorCode = 'NO.SUCH';
    report.indicators.find((i) => i.code === '1.1')!.components.push({ role: 'ADDEND', code: 'GONE' });
    const problems = checkReport(report, orgUnits, programmes).join('\n');
    expect(problems).toContain('indicator NO.SUCH does not exist');
    expect(problems).toMatch(/indicator graph: .*1\.1 → addend GONE/);
  });
});
