import { useMutation } from '@apollo/client/react';
import { RENAME_SAVED_QUERY } from '../graphql/savedQueries';

/** The renamed query's new name reaches the list through the normalised cache (same id). */
export function useRenameSavedQueryMutation() {
  const [mutate, state] = useMutation(RENAME_SAVED_QUERY);
  const rename = (id: string, name: string) => mutate({ variables: { id, name } });
  return [rename, state] as const;
}
