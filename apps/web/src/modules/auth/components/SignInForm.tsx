import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/components/Status';
import { DEMO_MODE } from '../graphql/me';
import { useLoginMutation } from '../hooks/useLoginMutation';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [login, { loading }] = useLoginMutation();
  // The demo accounts' password is shown only when the server runs in demo mode.
  const demo = useQuery(DEMO_MODE, { fetchPolicy: 'cache-first' }).data?.demoMode === true;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await login(email.trim(), password);
      onSignedIn();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="form sign-in" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <div className="field">
        <label htmlFor="email">{t('auth.email')}</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="password">{t('auth.password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.working') : t('auth.signIn')}
      </button>
      {demo && <p className="hint">{t('auth.demoHint')}</p>}
    </form>
  );
}
