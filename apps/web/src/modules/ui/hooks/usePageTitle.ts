import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where the server's render (entry-server.tsx) collects the page's title, which it writes into the HTML's `<title>`:
 * effects do not run on the server. Absent in the browser.
 */
export const PageTitleCollector = createContext<{ title?: string } | null>(null);

export function usePageTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const text = title ? `${title} — ${t('app.short')}` : t('app.short');
  const collector = useContext(PageTitleCollector);
  // The render that completes last is the page as sent (the server renders again until its queries are answered).
  if (collector) collector.title = text;
  useEffect(() => {
    document.title = text;
  }, [text]);
}
