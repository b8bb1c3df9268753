// The domain's validation on the real report: each finding below was checked by reading the report.
import { validateReport } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { binhThanhReport } from './binh-thanh/report.js';

const findings = validateReport(binhThanhReport);
const summary = findings.map((f) => `${f.rule} ${f.indicatorCodes[0]}${f.period ? ` ${f.period}` : ''}`);

describe('validation of the Bình Thành report', () => {
  it('finds exactly the slips a reader finds in the report', () => {
    expect(summary.sort()).toEqual(
      [
        'RATIO_UNDEFINED 2.4 2021–2025', // 0% of 0 documents to handle
        'COMPONENT_EXCEEDS_TOTAL 3.2.1 2021–2025', // 40 services fully online of 0 eligible
        'RATIO_UNDEFINED 3.2.1 2021–2025', // 100% of 0 eligible
        'RATIO_UNDEFINED 3.2.3 2021–2025', // 100% reported, both components blank
        'RATIO_UNDEFINED 3.2.4 2021–2025',
        'RATIO_UNDEFINED 3.2.5 2021–2025',
        'SHARES_OVER_100 7.5.2 2021–2025', // 100% fully electronic + 10% alongside paper
        'RATE_UNIT_NOT_PERCENT 7.5.2', // a "Tỷ lệ" in "Văn bản", 4656
        'SERIES_GAP N.PAR.SCORE 2021–2025', // no 2024 reform-index result in PHẦN I 1
        'SERIES_GAP N.PAR.RANK 2021–2025',
        'CONFLICTING_VALUES N.TTHC.DIGITISATION_RATE 2024', // 100% in the 2.2 table, 97,54% in 6.4 and task 6
        'ENUM_OUT_OF_LEGEND 1.5 2021–2025', // 6 under "Không = 0 / Có = 1"
      ].sort(),
    );
  });

  it('finds no clash among the figures the narrative restates consistently', () => {
    const conflicts = findings.filter((f) => f.rule === 'CONFLICTING_VALUES').map((f) => f.indicatorCodes[0]);
    for (const code of ['3.4.2.a', '1.3.1', '1.3.2', '4.2.1', '4.2.2', '7.5.2', 'N.TTHC.ONLINE_PAYMENT_RATE', 'N.E06.VNEID_ISSUED']) {
      expect(conflicts).not.toContain(code);
    }
  });
});
