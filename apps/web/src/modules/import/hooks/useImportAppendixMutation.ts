import { useMutation } from '@apollo/client/react';
import { IMPORT_APPENDIX } from '../graphql/importAppendix';

export function useImportAppendixMutation() {
  return useMutation(IMPORT_APPENDIX, {
    // Imported figures change values, findings and charts everywhere: drop what was cached from before.
    update(cache, { data }) {
      if (data?.importAppendix.ok) {
        cache.evict({ fieldName: 'findings' });
        cache.evict({ fieldName: 'observations' });
        cache.evict({ fieldName: 'compare' });
        cache.evict({ fieldName: 'ranking' });
        cache.gc();
      }
    },
  });
}
