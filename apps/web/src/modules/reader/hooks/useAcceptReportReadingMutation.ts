import { useMutation } from '@apollo/client/react';
import { ACCEPT_REPORT_READING } from '../graphql/readReport';

export function useAcceptReportReadingMutation() {
  return useMutation(ACCEPT_REPORT_READING, {
    // The accepted figures replace the appendix: drop what was cached from before, as a file import does.
    update(cache, { data }) {
      if (data?.acceptReportReading.ok) {
        cache.evict({ fieldName: 'findings' });
        cache.evict({ fieldName: 'observations' });
        cache.evict({ fieldName: 'compare' });
        cache.evict({ fieldName: 'ranking' });
        cache.gc();
      }
    },
  });
}
