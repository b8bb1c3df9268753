import { ApolloClient, type ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
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

export interface ApolloClientOptions {
  /** Where queries go: `/graphql` in the browser; the API's own address when it renders a page (entry-server.tsx). */
  uri?: string;
  /** Replaces the network chain (the server entry's tests answer from a mocked link). */
  link?: ApolloLink;
  /** Rendering on the server: queries run once, for the render, and are never refetched there. */
  ssrMode?: boolean;
  /**
   * Hydrating a page the server rendered: for this many ms queries read the cache the server filled instead of asking
   * the network again (each page query's default is cache-and-network).
   */
  ssrForceFetchDelay?: number;
}

/** Queries and mutations to the API: the CSRF header, persisted queries as GET, HTTP. */
export function networkLink(uri = '/graphql'): ApolloLink {
  return authLink.concat(persistedQueries).concat(new HttpLink({ uri, credentials: 'same-origin' }));
}

export function createApolloClient({
  uri = '/graphql',
  link,
  ssrMode,
  ssrForceFetchDelay,
}: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: link ?? networkLink(uri),
    ssrMode,
    ssrForceFetchDelay,
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
