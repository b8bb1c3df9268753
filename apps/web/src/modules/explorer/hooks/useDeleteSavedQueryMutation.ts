import { useMutation } from '@apollo/client/react';
import { DELETE_SAVED_QUERY } from '../graphql/savedQueries';

export function useDeleteSavedQueryMutation() {
  const [mutate, state] = useMutation(DELETE_SAVED_QUERY);
  const remove = (id: string) =>
    mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data?.deleteSavedQuery) return;
        cache.evict({ id: cache.identify({ __typename: 'SavedQuery', id }) });
        cache.gc();
      },
    });
  return [remove, state] as const;
}
