// Names in the reader's language: the API sends the Vietnamese name (of record) and, where translated, the English one.
import { readerCode } from '@cchc/domain';
import type { Locale } from '../../../i18n';

/** An indicator's name: English when the reader reads English and a translation exists, else the Vietnamese. */
export function nameIn(locale: Locale, named: { name: string; nameEn?: string | null }): string {
  return locale === 'en' && named.nameEn ? named.nameEn : named.name;
}

/** A section's title, likewise. */
export function titleIn(locale: Locale, titled: { title: string; titleEn?: string | null }): string {
  return locale === 'en' && titled.titleEn ? titled.titleEn : titled.title;
}

/** An indicator as a reader knows it: its printed code and its name in the reader's language ("3.2.1. Tỷ lệ …"), never its internal key. */
export function indicatorTitle(locale: Locale, indicator: { code: string; codeAsWritten?: string | null; name: string; nameEn?: string | null }): string {
  const printed = readerCode(indicator);
  const name = nameIn(locale, indicator);
  return printed ? `${printed} ${name}` : name;
}
