import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { authorizationHeader } from '../modules/auth/utils/authToken';

const authLink = new SetContextLink((prevContext) => ({
  headers: { ...(prevContext.headers as Record<string, string> | undefined), ...authorizationHeader() },
}));

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: authLink.concat(new HttpLink({ uri })),
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
