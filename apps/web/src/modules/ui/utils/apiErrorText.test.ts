// Every error the API can send has words in both languages: the codes and reasons come from @cchc/domain's one list,
// so a new code or reason on the server fails here until the web words it.
import { API_ERROR_CODES, API_ERROR_REASONS, FORBIDDEN_ACTIONS, NOT_FOUND_SUBJECTS } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { en, en as englishWords } from '../../../i18n/en';
import { vi } from '../../../i18n/vi';
import { apiErrorText, type ApiError } from './graphqlErrors';

// Read from each dictionary itself: i18next would fall back to Vietnamese for a word English lacks.
const DICTIONARIES = { vi: vi.apiError, en: en.apiError } as const;
type Words = Record<string, Record<string, string>>;

describe.each(['vi', 'en'] as const)('API errors in %s', (locale) => {
  const words = DICTIONARIES[locale] as unknown as Words;
  const i18n = createI18n(locale, { en });
  const exists = (key: string) => i18n.exists(key);
  const word = (error: Partial<ApiError>) =>
    apiErrorText({ code: null, message: 'English server message', field: null, extensions: {}, ...error }, i18n.t.bind(i18n), exists);

  it('word every error code', () => {
    for (const code of API_ERROR_CODES) expect(words.code?.[code], code).toBeTruthy();
  });

  it('word every reason, using no parameter the reason does not carry', () => {
    for (const [reason, params] of Object.entries(API_ERROR_REASONS)) {
      const text = words.reason?.[reason] ?? '';
      expect(text, reason).toBeTruthy();
      const used = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      for (const name of used) expect(params as readonly string[], `${reason} uses {{${name}}}`).toContain(name);
    }
  });

  it('word every subject of NOT_FOUND and every refused action', () => {
    for (const subject of NOT_FOUND_SUBJECTS) expect(words.subject?.[subject], subject).toBeTruthy();
    for (const action of FORBIDDEN_ACTIONS) expect(words.action?.[action], action).toBeTruthy();
  });

  it('never show the English server message for a listed code or reason', () => {
    expect(word({ code: 'UNAUTHENTICATED', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } })).not.toContain('English');
    expect(word({ code: 'LOCKED' })).not.toContain('English');
    expect(word({ code: 'SOMETHING_NEW' })).toBe('English server message');
  });
});

describe('API errors worded with their parameters', () => {
  const vi = createI18n('vi');
  const en = createI18n('en', { en: englishWords });
  const word = (i18n: ReturnType<typeof createI18n>, extensions: Record<string, unknown>) =>
    apiErrorText({ code: String(extensions.code), message: 'x', field: null, extensions }, i18n.t.bind(i18n), (k) => i18n.exists(k));

  it('a failed sign-in', () => {
    const e = { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' };
    expect(word(vi, e)).toBe('Sai địa chỉ thư điện tử hoặc mật khẩu.');
    expect(word(en, e)).toBe('Wrong e-mail or password.');
  });

  it('FORBIDDEN says why: not your commune, or a role that may not act', () => {
    const unit = { code: 'FORBIDDEN', reason: 'NOT_YOUR_ORG_UNIT', params: { orgUnitCode: 'binh-thanh', action: 'CHANGE_DATA' } };
    expect(word(vi, unit)).toBe('Bạn không được sửa chỉ tiêu hoặc số liệu của xã này: đây không phải xã của bạn.');
    expect(word(en, unit)).toBe('You may not change targets or figures of this commune: it is not one of your communes.');
    const role = { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', params: { role: 'ANALYST', action: 'MANAGE_USERS' } };
    expect(word(en, role)).toBe('The Analyst role may not manage users.');
  });

  it('an unknown commune names what and which code', () => {
    const e = { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { subject: 'ORG_UNIT', key: 'khong-co' } };
    expect(word(vi, e)).toBe('Không có xã hoặc đơn vị «khong-co».');
    expect(word(en, e)).toBe('There is no commune or unit "khong-co".');
  });
});
