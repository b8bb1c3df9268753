import './styles/global.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { prefetchFirstScreen } from './app/prefetch';
import { createRouter } from './app/router';
import { createI18n, loadDictionary, storedLocale } from './i18n';
import { AuthProvider } from './modules/auth/hooks/useAuth';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createApolloClient();
prefetchFirstScreen(client, window.location.pathname);
const router = createRouter();
const locale = storedLocale();

// The reader's dictionary before the first render (English is its own chunk); if it cannot load, i18next retries it
// and shows Vietnamese meanwhile.
void loadDictionary(locale)
  .then((dictionary) => ({ [locale]: dictionary }), () => ({}))
  .then((dictionaries) => {
    const i18n = createI18n(locale, dictionaries);
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
  });
