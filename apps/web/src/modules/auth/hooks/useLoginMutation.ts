import { useMutation } from '@apollo/client/react';
import { LOGIN } from '../graphql/me';
import { useAuth } from './useAuth';

export function useLoginMutation() {
  const { signIn } = useAuth();
  const [mutate, state] = useMutation(LOGIN);
  const login = async (email: string, password: string) => {
    const result = await mutate({ variables: { email, password } });
    const token = result.data?.login.token;
    if (!token) throw new Error('login returned no token');
    await signIn(token);
    return result.data?.login.user;
  };
  return [login, state] as const;
}
