import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

// Commune BT reports "2/3" on N.PAR.SCORE; its peers P1 and P2 are the other units of that ranking.
const defs = () => [
  indicator('N.PAR.SCORE', { valueType: 'SCORE', direction: 'HIGHER_BETTER', unit: 'điểm' }),
  indicator('N.PAR.RANK', { valueType: 'RANK', direction: 'LOWER_BETTER', unit: null }),
];
const own = (score: number | null, rank = 2, of = 3) => [obs('N.PAR.SCORE', score), obs('N.PAR.RANK', rank, { raw: `${rank}/${of}`, rankOf: of })];
const peer = (orgUnitCode: string, value: number | null) => obs('N.PAR.SCORE', value, { orgUnitCode });
const withPeers = (score: number | null, peers: ReturnType<typeof peer>[], rank = 2) => ({ ...report(defs(), own(score, rank)), peers });

describe('REPORTED_RANK_DIFFERS', () => {
  it('is raised when every peer of the ranking is held and the computed rank differs', () => {
    const r = withPeers(90, [peer('P1', 80), peer('P2', 85)]);
    expect(rules(r)).toEqual(['REPORTED_RANK_DIFFERS']);
    const [finding] = validateReport(r);
    expect(finding!.values).toEqual([
      { label: 'reported', value: 2, raw: '2/3' },
      { label: 'computed', value: 1 },
      { label: 'of', value: 3 },
    ]);
    expect(finding!.message.en).toMatch(/the report states 2\/3, but ranking .* of all 3 units gives 1\/3\./);
  });

  it('is not raised when the computed rank agrees (ties share a rank)', () => {
    expect(rules(withPeers(90, [peer('P1', 95), peer('P2', 80)]))).toEqual([]);
    expect(rules(withPeers(90, [peer('P1', 90), peer('P2', 95)]))).toEqual([]);
  });

  it('is not raised while a peer of the ranking has no figure (the data is not complete)', () => {
    expect(rules(withPeers(90, [peer('P1', 80), peer('P2', null)]))).toEqual([]);
    expect(rules(withPeers(90, [peer('P1', 80)]))).toEqual([]);
  });

  it('is not raised without peers: only the commune’s own figures are held', () => {
    expect(rules(report(defs(), own(90, 6, 22)))).toEqual([]);
  });
});
