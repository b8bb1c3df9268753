import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.short')}` : t('app.short');
  }, [title, t]);
}
