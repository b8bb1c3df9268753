import { useMutation } from '@apollo/client/react';
import { SAVE_QUERY, SAVED_QUERIES } from '../graphql/savedQueries';

export function useSaveQueryMutation() {
  return useMutation(SAVE_QUERY, {
    // The saved query appears in the user's list at once.
    update(cache, { data }) {
      const saved = data?.saveQuery;
      if (!saved) return;
      cache.updateQuery({ query: SAVED_QUERIES }, (existing) =>
        existing ? { savedQueries: [...existing.savedQueries.filter((q) => q.id !== saved.id), saved] } : existing,
      );
    },
  });
}
