// The signed-in user's personal API tokens: name one for a script, see it once, list and revoke them.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../modules/account/graphql/apiTokens';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useFormat } from '../modules/ui/hooks/useFormat';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';

export default function AccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, loading: authLoading } = useAuth();
  const { data, loading, error, refetch } = useQuery(API_TOKENS, { skip: !user, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CREATE_API_TOKEN);
  const [revoke] = useMutation(REVOKE_API_TOKEN);
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);

  if (authLoading) return <Loading />;
  if (!user) return <Empty>{t('account.signInFirst')}</Empty>;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { name: name.trim(), expiresInDays: null } });
    setShown(result.data?.createApiToken.token ?? null);
    setName('');
    await refetch();
  };

  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="muted">{t('account.tokensIntro')}</p>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('account.tokenName')}
          <input value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={creating.loading || name.trim() === ''}>
          {t('account.createToken')}
        </button>
      </form>
      {creating.error && <ErrorNotice error={creating.error} />}
      {shown && (
        <div className="state" role="status" data-testid="new-api-token">
          <strong>{t('account.copyNow')}</strong> <code className="raw">{shown}</code>
        </div>
      )}
      {loading && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && data.apiTokens.length === 0 && <Empty>{t('account.noTokens')}</Empty>}
      {data && data.apiTokens.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="api-tokens">
            <thead>
              <tr>
                <th scope="col">{t('account.tokenName')}</th>
                <th scope="col">{t('account.created')}</th>
                <th scope="col">{t('account.expires')}</th>
                <th scope="col">{t('account.lastUsed')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.apiTokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{format.dateTime(token.createdAt)}</td>
                  <td>{token.expiresAt ? format.dateTime(token.expiresAt) : '—'}</td>
                  <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => void revoke({ variables: { id: token.id } }).then(() => refetch())}
                    >
                      {t('account.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
