// The providers around the router, the same in the browser (main.tsx) and on the server (entry-server.tsx), so a page
// the server rendered is the tree the browser hydrates.
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '../modules/auth/hooks/useAuth';

export function AppProviders({
  i18n,
  client,
  children,
}: {
  i18n: I18n;
  client: ApolloClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <AuthProvider>{children}</AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
