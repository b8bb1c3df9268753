// Who is signed in, for the whole app: the session is an httpOnly cookie, the user comes from `me`.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { hasSession } from '../utils/session';
import { CURRENT_USER, SIGN_OUT } from '../graphql/me';
import { canEditTargetsOf, type SessionUser } from '../utils/permissions';

interface AuthState {
  user: SessionUser | null;
  loading: boolean;
  /** Called once the server has set the session cookie. */
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  canEditTargetsOf: (orgUnitCode: string) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const client = useApolloClient();
  // Held in state: signing in must re-render so the `me` query stops being skipped.
  const [signedIn, setSignedIn] = useState(hasSession);
  const { data, loading } = useQuery(CURRENT_USER, { skip: !signedIn, fetchPolicy: 'cache-first' });
  const user = signedIn ? (data?.me ?? null) : null;
  const [endSession] = useMutation(SIGN_OUT);

  const signIn = useCallback(async () => {
    setSignedIn(true);
    // Everything cached so far was read anonymously; permissions and saved queries depend on the user.
    await client.resetStore();
  }, [client]);
  const signOut = useCallback(async () => {
    // The server ends the session and clears both cookies; the app forgets what it read as this user.
    await endSession().catch(() => undefined);
    setSignedIn(false);
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
