// A validation rule in the reader's words: the domain's description of the rule, not its code (RATIO_UNDEFINED).
import { VALIDATION_RULES } from '@cchc/domain';
import type { Locale } from '../../../i18n';

const DESCRIPTIONS = new Map(VALIDATION_RULES.map((rule) => [rule.code as string, rule.description]));

/** The rule's description in the locale; the code itself only for a rule this build does not know. */
export function ruleDescription(code: string, locale: Locale): string {
  return DESCRIPTIONS.get(code)?.[locale] ?? code;
}
