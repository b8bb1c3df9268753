import { useTranslation } from 'react-i18next';
import { AboutText } from '../modules/about/components/AboutText';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';

export default function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  return <AboutText />;
}
