// Loading, error and empty states shared by every view.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { apiErrors, apiErrorText } from '../utils/graphqlErrors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join('; ');
  if (ServerError.is(error)) return `${error.statusCode}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Codes whose server message is for the query's author (the explorer): kept as a detail under the worded reason. */
const TECHNICAL_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/** A failed request says what a reader can do about it; the technical message stays as a detail. */
function plainReason(error: unknown, t: (key: string, options?: Record<string, unknown>) => string, exists: (key: string) => boolean): string | null {
  if (CombinedGraphQLErrors.is(error)) return [...new Set(apiErrors(error).map((e) => apiErrorText(e, t, exists)))].join(' ');
  if (ServerError.is(error)) return t('common.serverError', { status: error.statusCode });
  if (error instanceof TypeError) return t('common.networkError');
  return null;
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const reason = plainReason(error, t, (key) => i18n.exists(key));
  // The server's English message is shown only where it helps: a network or HTTP failure, a query's own mistake.
  const technical = CombinedGraphQLErrors.is(error) ? apiErrors(error).some((e) => e.code !== null && TECHNICAL_CODES.has(e.code)) : true;
  return (
    <div className="state state-error" role="alert">
      <strong>{t('common.error')}</strong> <span>{reason ?? errorMessage(error)}</span>
      {reason && technical && <small className="error-detail">{errorMessage(error)}</small>}
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
