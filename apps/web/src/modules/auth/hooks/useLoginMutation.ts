import { useMutation } from '@apollo/client/react';
import { SIGN_IN } from '../graphql/me';
import { useAuth } from './useAuth';

export function useLoginMutation() {
  const { signIn } = useAuth();
  const [mutate, state] = useMutation(SIGN_IN);
  const login = async (email: string, password: string) => {
    const result = await mutate({ variables: { email, password } });
    const user = result.data?.signIn;
    if (!user) throw new Error('signIn returned no user');
    // The server has set the session cookie; the app only learns that it is signed in.
    await signIn();
    return user;
  };
  return [login, state] as const;
}
