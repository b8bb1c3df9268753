// Admins manage users: create one, change a role or org units, disable. Changes apply from the user's next request.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canManageUsers } from '../modules/auth/utils/permissions';
import { CREATE_USER, UPDATE_USER, USERS } from '../modules/users/graphql/users';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import type { Role } from '../gql/graphql';

/** The schema's Role values (a new role appears here and in the dictionaries). */
const ROLES: Role[] = ['ADMIN', 'ANALYST', 'PLANNER'];

const codesOf = (text: string) =>
  text
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');

export default function UsersPage() {
  const { t } = useTranslation();
  const { user, loading: authLoading } = useAuth();
  const allowed = canManageUsers(user);
  const { data, loading, error, refetch } = useQuery(USERS, { skip: !allowed, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CREATE_USER);
  const [update, updating] = useMutation(UPDATE_USER);
  const [draft, setDraft] = useState({ email: '', password: '', role: 'ANALYST' as Role, orgUnits: '' });

  if (authLoading) return <Loading />;
  if (!allowed) return <Empty>{t('users.adminsOnly')}</Empty>;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await create({
      variables: { input: { email: draft.email.trim(), password: draft.password, role: draft.role, orgUnitCodes: codesOf(draft.orgUnits) } },
    });
    setDraft({ email: '', password: '', role: 'ANALYST', orgUnits: '' });
    await refetch();
  };

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      <p className="muted">{t('users.intro')}</p>
      <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="create-user">
        <label>
          {t('auth.email')}
          <input type="email" required maxLength={200} value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
        </label>
        <label>
          {t('auth.password')}
          <input type="password" required minLength={8} value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} />
        </label>
        <label>
          {t('users.role')}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('users.orgUnits')}
          <input value={draft.orgUnits} placeholder="binh-thanh" onChange={(e) => setDraft({ ...draft, orgUnits: e.target.value })} />
        </label>
        <button type="submit" className="button" disabled={creating.loading}>
          {t('users.create')}
        </button>
      </form>
      {creating.error && <ErrorNotice error={creating.error} />}
      {updating.error && <ErrorNotice error={updating.error} />}
      {loading && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && (
        <div className="table-wrap">
          <table className="table" data-testid="users">
            <thead>
              <tr>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.orgUnits')}</th>
                <th scope="col">{t('users.disabled')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name ? `${u.name} <${u.email}>` : u.email}</td>
                  <td>
                    <select
                      aria-label={`${t('users.role')} ${u.email}`}
                      value={u.role}
                      onChange={(e) => void update({ variables: { id: u.id, input: { role: e.target.value as Role } } })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`${t('users.orgUnits')} ${u.email}`}
                      defaultValue={u.orgUnitCodes.join(', ')}
                      onBlur={(e) => {
                        const codes = codesOf(e.target.value);
                        if (codes.join(',') !== u.orgUnitCodes.join(',')) void update({ variables: { id: u.id, input: { orgUnitCodes: codes } } });
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('users.disabled')} ${u.email}`}
                      checked={u.disabled}
                      onChange={(e) => void update({ variables: { id: u.id, input: { disabled: e.target.checked } } })}
                    />
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
