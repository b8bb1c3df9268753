import './styles/global.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { prefetchFirstScreen } from './app/prefetch';
import { createRouter } from './app/router';
import { createI18n } from './i18n';
import { AuthProvider } from './modules/auth/hooks/useAuth';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createApolloClient();
prefetchFirstScreen(client, window.location.pathname);
const i18n = createI18n();
const router = createRouter();

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
