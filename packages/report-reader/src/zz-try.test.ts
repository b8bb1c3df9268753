import { it } from 'vitest';
import { readReportText } from './index.js';
import { measure } from './testing/measure.js';
import { otherCommuneTruth } from './testing/other-commune.js';
import { binhThanhTruth, template } from './testing/truth.js';
it('try', () => {
  for (const truth of [otherCommuneTruth()]) {
    const p = readReportText(truth.text, template);
    const m = measure(p, truth);
    console.log(truth.name, JSON.stringify({ ...m, misses: undefined }), m.misses);
    for (const n of [6,7,13]) { const t = p.tasks.find((x) => x.number === n); console.log(JSON.stringify(t?.evidence), '\n want', JSON.stringify(truth.tasks.find((x) => x.number === n)?.evidence)); }
    console.log(p.series.filter((s) => s.indicatorCode?.startsWith('N.SIPAS')));
    const i = truth.text.indexOf('Chỉ số hài lòng \n'); console.log(JSON.stringify(truth.text.slice(truth.text.indexOf('năm 2023 \n\nđạt')-10, truth.text.indexOf('năm 2023 \n\nđạt') + 500)));
  }
});
