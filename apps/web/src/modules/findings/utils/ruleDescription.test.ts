import { VALIDATION_RULES } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { ruleDescription } from './ruleDescription';

describe('ruleDescription', () => {
  it("words every validation rule in the reader's language instead of its code", () => {
    for (const rule of VALIDATION_RULES) {
      expect(ruleDescription(rule.code, 'vi')).toBe(rule.description.vi);
      expect(ruleDescription(rule.code, 'en')).toBe(rule.description.en);
      expect(ruleDescription(rule.code, 'en')).not.toContain(rule.code);
    }
  });

  it('keeps the code of a rule it does not know', () => {
    expect(ruleDescription('SOME_NEW_RULE', 'vi')).toBe('SOME_NEW_RULE');
  });
});
