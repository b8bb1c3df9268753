// A figure's source when it was imported from a PHỤ LỤC I file: the file, its row, who imported it and when, worded in
// the reader's language from the structured source the server sends.
import { useTranslation } from 'react-i18next';

export interface ImportedSourceData {
  format: string;
  fileName?: string | null;
  rowNumber?: number | null;
  year?: number | null;
  importedAt: string;
  importedBy?: string | null;
}

export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'vi-VN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function ImportedSource({ source }: { source: ImportedSourceData }) {
  const { t, i18n } = useTranslation();
  const file = source.fileName ? t('importer.source.file', { file: source.fileName, interpolation: { escapeValue: false } }) : '';
  const where = t(source.year ? 'importer.source.importedYear' : 'importer.source.imported', {
    format: source.format,
    year: source.year,
    file,
    row: source.rowNumber ?? '—',
    interpolation: { escapeValue: false },
  });
  const when = formatWhen(source.importedAt, i18n.language);
  const who = source.importedBy ? t('importer.source.by', { who: source.importedBy, when }) : t('importer.source.on', { when });
  return (
    <span className="imported-source">
      {where} — {who}
    </span>
  );
}
