import { describe, expect, it } from 'vitest';
import { binhThanhReport } from './binh-thanh/report.js';
import { loadDataset } from './load.js';
import { formatFindings, formatSummary, summarizeReport } from './summary.js';

describe('summarizeReport', () => {
  const summary = summarizeReport(binhThanhReport);

  it('counts indicators by where they are defined', () => {
    expect(summary.indicators.APPENDIX).toBe(120);
    expect(summary.indicators.total).toBe(
      summary.indicators.APPENDIX + summary.indicators.NARRATIVE + summary.indicators.TARGET,
    );
    expect(summary.indicators.TARGET).toBe(3);
  });

  it('counts blank appendix cells as blanks, not as zeros', () => {
    const blankRows = binhThanhReport.observations.filter((o) => o.raw === '');
    expect(summary.blanks).toBe(blankRows.length);
    expect(summary.blanks).toBeGreaterThan(0);
  });

  it('lists a yearly series only from two years up, keeping gaps as gaps (no 2024 reform-index score)', () => {
    const score = summary.series.find((s) => s.code === 'N.PAR.SCORE');
    expect(score?.years).toEqual([2021, 2022, 2023, 2025]);
    expect(summary.series.find((s) => s.code === 'N.TTHC.ONLINE_FILE_RATE')?.years).toEqual([2021, 2022, 2023, 2024]);
    expect(summary.series.some((s) => s.code === 'N.COMM.DIGITAL_POSTS')).toBe(false);
  });

  it('prints the counts', () => {
    const text = formatSummary(loadDataset());
    expect(text).toContain('tasks         13 (completed 13)');
    expect(text).toContain('targets       7');
  });
});

describe('formatFindings', () => {
  it('counts findings by severity and rule and prints each with its values as written', () => {
    const text = formatFindings(binhThanhReport, [
      {
        rule: 'CONFLICTING_VALUES',
        severity: 'ERROR',
        indicatorCodes: ['N.TTHC.DIGITISATION_RATE'],
        orgUnitCode: 'binh-thanh',
        period: '2024',
        values: [
          { label: 'II.2.2', value: 100, raw: '100%' },
          { label: 'II.6.4', value: 97.54, raw: '97,54%' },
        ],
        message: { vi: 'khác nhau', en: 'differ' },
      },
    ]);
    expect(text).toContain('1 (ERROR 1, WARNING 0, INFO 0)');
    expect(text).toContain('by rule: CONFLICTING_VALUES 1');
    expect(text).toContain('[ERROR] CONFLICTING_VALUES N.TTHC.DIGITISATION_RATE (2024)');
    expect(text).toContain('values: II.2.2="100%", II.6.4="97,54%"');
  });

  it('says so when there is nothing to report', () => {
    expect(formatFindings(binhThanhReport, [])).toContain('by rule: none');
  });
});
