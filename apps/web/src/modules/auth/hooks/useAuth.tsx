// Who is signed in, for the whole app: the token lives in localStorage, the user comes from `me`.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { readToken, writeToken } from '../utils/authToken';
import { CURRENT_USER } from '../graphql/me';
import { canEditTargetsOf, type SessionUser } from '../utils/permissions';

interface AuthState {
  user: SessionUser | null;
  loading: boolean;
  signIn: (token: string) => Promise<void>;
  signOut: () => Promise<void>;
  canEditTargetsOf: (orgUnitCode: string) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const client = useApolloClient();
  // Held in state, not only in localStorage: signing in must re-render so the `me` query stops being skipped.
  const [token, setToken] = useState(readToken);
  const { data, loading } = useQuery(CURRENT_USER, { skip: !token, fetchPolicy: 'cache-first' });
  const user = token ? (data?.me ?? null) : null;

  const signIn = useCallback(
    async (newToken: string) => {
      writeToken(newToken);
      setToken(newToken);
      // Everything cached so far was read anonymously; permissions and saved queries depend on the user.
      await client.resetStore();
    },
    [client],
  );
  const signOut = useCallback(async () => {
    writeToken(null);
    setToken(null);
    await client.clearStore();
    client.writeQuery({ query: CURRENT_USER, data: { me: null } });
  }, [client]);

  const value = useMemo<AuthState>(
    () => ({
      user,
      loading: loading && !data,
      signIn,
      signOut,
      canEditTargetsOf: (code) => canEditTargetsOf(user, code),
    }),
    [user, loading, data, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
