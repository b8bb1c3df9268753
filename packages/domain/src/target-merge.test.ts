import { describe, expect, it } from 'vitest';
import { mergeConflicts, mergeTargetEdits, resolveTargetMerge } from './target-merge.js';

// The version both people started from: a satisfaction target with two milestones.
const base = { text: 'Trên 90%', value: '90', unit: '%', owner: '', 'milestones.2026': '91', 'milestones.2027': '' };
const outcomes = (mine: Record<string, string>, theirs: Record<string, string>) =>
  Object.fromEntries(mergeTargetEdits(base, { ...base, ...mine }, { ...base, ...theirs }).map((f) => [f.field, f.outcome]));

describe('mergeTargetEdits', () => {
  it('marks every field unchanged when neither side changed anything', () => {
    expect(Object.values(outcomes({}, {}))).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
  });

  it('keeps a field only I changed as mine and a field only they changed as theirs', () => {
    expect(outcomes({ value: '92' }, { owner: 'Bộ phận Một cửa' })).toMatchObject({ value: 'MINE', owner: 'THEIRS', text: 'UNCHANGED' });
  });

  it('sees no conflict when both changed a field to the same value', () => {
    expect(outcomes({ value: '92' }, { value: '92' }).value).toBe('SAME');
  });

  it('is a conflict when both changed the same field differently, milestones year by year', () => {
    const o = outcomes({ value: '92', 'milestones.2026': '93' }, { value: '95', 'milestones.2026': '91', 'milestones.2027': '94' });
    expect(o).toMatchObject({ value: 'CONFLICT', 'milestones.2026': 'MINE', 'milestones.2027': 'THEIRS' });
  });

  it('counts a milestone one side blanked as a change (blank is not "unchanged")', () => {
    expect(outcomes({ 'milestones.2026': '' }, { 'milestones.2026': '95' })['milestones.2026']).toBe('CONFLICT');
  });

  it('treats a missing field as null, so a milestone year only the others have is compared too', () => {
    const merge = mergeTargetEdits<string | null>({ value: '90' }, { value: '90' }, { value: '90', 'milestones.2030': '99' });
    expect(merge.map((f) => [f.field, f.outcome])).toEqual([
      ['value', 'UNCHANGED'],
      ['milestones.2030', 'THEIRS'],
    ]);
  });

  it('compares with the given equality (numbers read from text)', () => {
    const merge = mergeTargetEdits({ value: '90' }, { value: '90,0' }, { value: '90' }, (a, b) => Number(a?.replace(',', '.')) === Number(b?.replace(',', '.')));
    expect(merge[0]!.outcome).toBe('UNCHANGED');
  });
});

describe('resolveTargetMerge', () => {
  const merge = mergeTargetEdits(base, { ...base, value: '92', text: 'Trên 92%' }, { ...base, value: '95', owner: 'Văn phòng' });

  it('lists the conflicts the user must choose', () => {
    expect(mergeConflicts(merge)).toEqual(['value']);
  });

  it('decides nothing while a conflict has no choice', () => {
    expect(resolveTargetMerge(merge, {})).toEqual({ ok: false, unchosen: ['value'] });
  });

  it('takes my own changes, their own changes and, for a conflict, the side chosen', () => {
    const mineChosen = resolveTargetMerge(merge, { value: 'MINE' });
    expect(mineChosen).toEqual({ ok: true, fields: { ...base, text: 'Trên 92%', value: '92', owner: 'Văn phòng' } });
    const theirsChosen = resolveTargetMerge(merge, { value: 'THEIRS' });
    expect(theirsChosen).toEqual({ ok: true, fields: { ...base, text: 'Trên 92%', value: '95', owner: 'Văn phòng' } });
  });
});
