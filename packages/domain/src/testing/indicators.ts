// The one builder of hand-made indicator definitions for tests (`@cchc/domain/testing`): only what a test states differs from the defaults.
import type { ComponentRef, IndicatorDef } from '../model.js';

let order = 0;

export function indicator(code: string, overrides: Partial<IndicatorDef> = {}): IndicatorDef {
  order += 1;
  return {
    code,
    codeAsWritten: `${code}.`,
    name: `Indicator ${code}`,
    unit: null,
    valueType: 'NUMBER',
    direction: 'HIGHER_BETTER',
    area: 'PROCEDURES',
    parentCode: null,
    isComponentRow: false,
    legend: null,
    components: [],
    origin: 'APPENDIX',
    order,
    ...overrides,
  };
}

export const numerator = (code: string): ComponentRef => ({ role: 'NUMERATOR', code });
export const denominator = (code: string): ComponentRef => ({ role: 'DENOMINATOR', code });
export const addend = (code: string): ComponentRef => ({ role: 'ADDEND', code });
export const part = (code: string): ComponentRef => ({ role: 'PART', code });
