import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { csrfHeader } from '../modules/auth/utils/session';

const authLink = new SetContextLink((prevContext) => ({
  headers: { ...(prevContext.headers as Record<string, string> | undefined), ...csrfHeader() },
}));

/**
 * Queries go as GET with the SHA-256 of their text (Apollo's automatic persisted queries; the text follows only when
 * the server does not know the hash yet), so a reader's answers can be revalidated by ETag and cached by the browser
 * and any proxy (issue 12). Mutations stay POST. The hash is computed in JavaScript: Web Crypto is missing on plain
 * HTTP origins other than localhost.
 */
const persistedQueries = new PersistedQueryLink({
  sha256: (query: string) => bytesToHex(sha256(utf8ToBytes(query))),
  useGETForHashedQueries: true,
});

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: authLink.concat(persistedQueries).concat(new HttpLink({ uri, credentials: 'same-origin' })),
    cache: new InMemoryCache({
      typePolicies: {
        // Keyed by their natural keys so the same indicator or unit is one cache entry whichever query loaded it.
        Indicator: { keyFields: ['code'] },
        OrgUnit: { keyFields: ['code'] },
        Programme: { keyFields: ['code'] },
        // Observations, YoY and cells depend on the arguments they were asked with: never merge them by id.
        Observation: { keyFields: false },
        YearOverYear: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
