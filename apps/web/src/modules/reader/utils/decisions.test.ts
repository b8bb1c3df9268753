import { describe, expect, it } from 'vitest';
import { acceptAllHigh, counts, decide, decisionsInput } from './decisions';

const rows = [
  { code: '1.1', confidence: 'HIGH', readable: true },
  { code: '1.5', confidence: 'MEDIUM', readable: true },
  { code: '6.1', confidence: 'HIGH', readable: true },
  { code: '7.1', confidence: 'LOW', readable: false },
];

describe('acceptAllHigh', () => {
  it('accepts the HIGH rows still open and leaves the others undecided', () => {
    expect(acceptAllHigh(rows, {})).toEqual({ '1.1': { kind: 'ACCEPT' }, '6.1': { kind: 'ACCEPT' } });
  });

  it('never overwrites a correction or a rejection already made', () => {
    const corrected = decide({}, '6.1', { kind: 'CORRECT', raw: '98,4', note: null });
    expect(acceptAllHigh(rows, corrected)['6.1']).toEqual({ kind: 'CORRECT', raw: '98,4', note: null });
  });
});

describe('decisionsInput', () => {
  it('sends only decided rows, a correction with its value and note', () => {
    const decisions = decide(decide(acceptAllHigh(rows, {}), '1.5', { kind: 'REJECT' }), '6.1', { kind: 'CORRECT', raw: '', note: 'bỏ trống' });
    expect(decisionsInput(decisions)).toEqual([
      { code: '1.1', decision: 'ACCEPT' },
      { code: '6.1', decision: 'CORRECT', raw: '', note: 'bỏ trống' },
      { code: '1.5', decision: 'REJECT' },
    ]);
    expect(counts(rows, decisions)).toEqual({ taken: 2, rejected: 1, open: 1 });
  });

  it('forgets a decision that is undone', () => {
    expect(decisionsInput(decide(acceptAllHigh(rows, {}), '1.1', null))).toEqual([{ code: '6.1', decision: 'ACCEPT' }]);
  });
});
