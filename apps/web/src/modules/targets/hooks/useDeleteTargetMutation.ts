import { useMutation } from '@apollo/client/react';
import { DELETE_TARGET } from '../graphql/targets';

export function useDeleteTargetMutation() {
  const [mutate, state] = useMutation(DELETE_TARGET);
  const remove = async (target: { id: string; version: number }) => {
    await mutate({
      variables: { id: target.id, expectedVersion: target.version },
      // Gone from every list that held it.
      update(cache, { data }) {
        if (!data?.deleteTarget) return;
        cache.evict({ id: cache.identify({ __typename: 'Target', id: target.id }) });
        cache.gc();
      },
    });
  };
  return [remove, state] as const;
}
