import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../modules/ui/components/Status';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="main">
      <h1>{notFound ? t('common.notFound') : t('common.error')}</h1>
      {!notFound && <p role="alert">{errorMessage(error)}</p>}
      <Link to="/">{t('common.home')}</Link>
    </div>
  );
}
