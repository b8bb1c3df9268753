import { describe, expect, it } from 'vitest';
import {
  changedFields,
  draftEditFields,
  draftFromEditFields,
  draftFromTarget,
  fieldError,
  savedTargetOf,
  serverProblems,
  validateTargetDraft,
  type TargetDraft,
} from './targetDraft';

const programme = { startYear: 2026, endYear: 2030 };

function draft(overrides: Partial<TargetDraft> = {}): TargetDraft {
  return {
    text: 'Mức độ hài lòng của người dân đạt trên 90%',
    comparator: 'MORE_THAN',
    value: '90',
    unit: '%',
    indicatorCode: 'N.SIPAS.SATISFACTION',
    baselineYear: '2024',
    baselineValue: '91,88',
    owner: '',
    milestones: [2026, 2027, 2028, 2029, 2030].map((year) => ({ year, value: '' })),
    ...overrides,
  };
}

describe('validateTargetDraft', () => {
  it('accepts a complete draft and reads Vietnamese decimals ("91,88" is 91.88)', () => {
    const { errors, input } = validateTargetDraft(draft(), 'vi', programme);
    expect(errors).toEqual({});
    expect(input?.baseline).toEqual({ year: 2024, value: 91.88 });
    expect(input?.milestones).toEqual([]);
  });

  it('rejects "90.5" in Vietnamese (a dot groups thousands) but accepts it in English', () => {
    expect(validateTargetDraft(draft({ value: '90.5' }), 'vi', programme).errors.value?.key).toBe('validation.notNumber');
    expect(validateTargetDraft(draft({ value: '90.5', baselineValue: '91.88' }), 'en', programme).input?.value).toBe(90.5);
  });

  it('requires the statement, comparator, value and unit', () => {
    const { errors, input } = validateTargetDraft(draft({ text: ' ', comparator: '', value: '', unit: '' }), 'vi', programme);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['comparator', 'text', 'unit', 'value']);
  });

  it('keeps a percentage within 0–100: 100 is allowed, 100,1 is not', () => {
    expect(validateTargetDraft(draft({ value: '100' }), 'vi', programme).errors.value).toBeUndefined();
    expect(validateTargetDraft(draft({ value: '100,1' }), 'vi', programme).errors.value?.key).toBe('validation.percentRange');
  });

  it('allows values over 100 when the unit is not a percentage', () => {
    expect(validateTargetDraft(draft({ unit: 'hồ sơ', value: '16.807' }), 'vi', programme).input?.value).toBe(16807);
  });

  it('leaves a blank milestone out (not 0) and flags an unreadable one at its own year', () => {
    const milestones = [
      { year: 2026, value: '92' },
      { year: 2027, value: '' },
      { year: 2028, value: 'abc' },
    ];
    const { errors } = validateTargetDraft(draft({ milestones }), 'vi', programme);
    expect(errors['milestones.2028']?.key).toBe('validation.notNumber');
    expect(errors['milestones.2027']).toBeUndefined();
    const ok = validateTargetDraft(draft({ milestones: milestones.slice(0, 2) }), 'vi', programme);
    expect(ok.input?.milestones).toEqual([{ year: 2026, value: 92 }]);
  });

  it('refuses a milestone year outside the programme', () => {
    const { errors } = validateTargetDraft(draft({ milestones: [{ year: 2031, value: '95' }] }), 'vi', programme);
    expect(errors['milestones.2031']?.key).toBe('validation.yearOutside');
  });

  it('wants a baseline year before the programme starts, and both baseline parts or neither', () => {
    expect(validateTargetDraft(draft({ baselineYear: '2026' }), 'vi', programme).errors.baselineYear?.key).toBe('validation.baselineBefore');
    expect(validateTargetDraft(draft({ baselineYear: '2025' }), 'vi', programme).errors.baselineYear).toBeUndefined();
    expect(validateTargetDraft(draft({ baselineValue: '' }), 'vi', programme).errors.baselineValue?.key).toBe('validation.required');
    expect(validateTargetDraft(draft({ baselineYear: '' }), 'vi', programme).errors.baselineYear?.key).toBe('validation.required');
    expect(validateTargetDraft(draft({ baselineYear: '', baselineValue: '' }), 'vi', programme).input?.baseline).toBeNull();
  });

  it('needs a baseline for a "reduce by at least … compared with" target', () => {
    const { errors } = validateTargetDraft(draft({ comparator: 'REDUCE_BY_AT_LEAST', baselineYear: '', baselineValue: '' }), 'vi', programme);
    expect(errors.baselineYear?.key).toBe('validation.baselineNeeded');
  });

  it('bounds the length of the statement', () => {
    expect(validateTargetDraft(draft({ text: 'x'.repeat(1001) }), 'vi', programme).errors.text?.key).toBe('validation.tooLong');
    expect(validateTargetDraft(draft({ text: 'x'.repeat(1000) }), 'vi', programme).errors.text).toBeUndefined();
  });
});

describe('draftFromTarget and changedFields', () => {
  const saved = {
    text: 'Tỷ lệ hài lòng trên 90%',
    comparator: 'MORE_THAN',
    value: 90,
    unit: '%',
    owner: null,
    indicator: { code: 'N.SIPAS.SATISFACTION' },
    baseline: { year: 2024, value: 91.88 },
    milestones: [{ year: 2026, value: 92 }],
  };

  it('formats the saved values in the UI language and leaves unset milestones blank', () => {
    const d = draftFromTarget(saved, programme, (v) => String(v).replace('.', ','));
    expect(d.baselineValue).toBe('91,88');
    expect(d.milestones.map((m) => m.value)).toEqual(['92', '', '', '', '']);
  });

  it('sends only the fields that changed, and says whether the milestones did', () => {
    const d = draftFromTarget(saved, programme, (v) => String(v).replace('.', ','));
    const unchanged = validateTargetDraft(d, 'vi', programme).input;
    expect(unchanged && changedFields(saved, unchanged)).toEqual({ changes: {}, milestonesChanged: false });
    const edited = validateTargetDraft({ ...d, value: '95', milestones: d.milestones.map((m) => (m.year === 2027 ? { ...m, value: '93' } : m)) }, 'vi', programme).input;
    expect(edited && changedFields(saved, edited)).toEqual({ changes: { value: 95 }, milestonesChanged: true });
  });
});

describe('draftEditFields and draftFromEditFields', () => {
  const draft: TargetDraft = {
    text: ' A ',
    comparator: 'AT_LEAST',
    value: '90',
    unit: '%',
    indicatorCode: 'X',
    baselineYear: '2025',
    baselineValue: '80',
    owner: '',
    milestones: [{ year: 2026, value: '85' }, { year: 2027, value: '' }],
  };

  it('flattens the form into one field per milestone year and back, blanks kept blank', () => {
    const fields = draftEditFields(draft);
    expect(fields).toMatchObject({ text: 'A', 'milestones.2026': '85', 'milestones.2027': '' });
    expect(draftFromEditFields(fields, [2026, 2027])).toEqual({ ...draft, text: 'A' });
  });
});

describe('savedTargetOf', () => {
  it('reads the whole saved target a CONFLICT carries, and nothing from anything else', () => {
    const saved = savedTargetOf({
      currentTarget: {
        id: '7', version: 4, text: 'B', comparator: 'AT_LEAST', value: 92, unit: '%', indicatorCode: '3.2.3',
        baseline: { year: 2025, value: 80 }, owner: null, milestones: [{ year: 2026, value: 85 }],
        savedBy: 'Nguyễn Văn A', savedAt: '2026-11-30T01:02:03.000Z',
      },
    });
    expect(saved).toEqual({
      id: '7', version: 4, text: 'B', comparator: 'AT_LEAST', value: 92, unit: '%', owner: null, indicator: { code: '3.2.3' },
      baseline: { year: 2025, value: 80 }, milestones: [{ year: 2026, value: 85 }], savedBy: 'Nguyễn Văn A', savedAt: '2026-11-30T01:02:03.000Z',
    });
    expect(savedTargetOf({ currentVersion: 4 })).toBeNull();
  });
});

describe('serverProblems', () => {
  it('keeps the problems the server sends with a known code and words them like the form', () => {
    const sent = [
      { field: 'input.value', code: 'NEGATIVE' },
      { field: 'input.milestones.2031', code: 'YEAR_OUTSIDE_PROGRAMME', params: { year: 2031, from: 2026, to: 2030 } },
      { field: 'input.text', code: 'SOMETHING_NEW' },
      'not a problem',
    ];
    const problems = serverProblems(sent);
    expect(problems.map((p) => p.field)).toEqual(['input.value', 'input.milestones.2031']);
    expect(problems.map(fieldError)).toEqual([
      { key: 'validation.negative' },
      { key: 'validation.yearOutside', params: { year: 2031, from: 2026, to: 2030 } },
    ]);
    expect(serverProblems(undefined)).toEqual([]);
  });
});
