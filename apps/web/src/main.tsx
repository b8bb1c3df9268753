import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/AppProviders';
import { prefetchFirstScreen } from './app/prefetch';
import { createRouter, resolveLazyRoutes } from './app/router';
import { readRenderedState } from './app/server-rendering';
import { createI18n, loadDictionary, rememberLocaleForServer, storedLocale } from './i18n';
import { hasSession } from './modules/auth/utils/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const locale = storedLocale();
rememberLocaleForServer();
// A page the server rendered (apps/api/src/web-rendering.ts, in the language of the `cchc_lang` cookie) is taken over
// as it is when this reader would see the same page: same language (the state block names the one it was rendered
// in), nobody signed in (the server renders for anonymous readers only). Otherwise — a returning reader whose choice
// was not yet in the cookie — the app renders as it would without it, over the rendered HTML.
const rendered = hasSession() ? null : readRenderedState(document);
const hydrate = rendered !== null && rendered.locale === locale;

// While hydrating, the first renders read the cache the server filled instead of asking again (cache-and-network).
const client = createApolloClient(hydrate ? { ssrForceFetchDelay: 1000 } : {});
// The rendered page's data holds in any language: a reader whose page came in the other language gets it rendered from
// the cache.
if (rendered) client.restore(rendered.apollo);
else prefetchFirstScreen(client, window.location.pathname);

async function start(): Promise<void> {
  // The reader's dictionary before the first render (English is its own chunk); if it cannot load, i18next retries it
  // and shows Vietnamese meanwhile.
  const dictionaries = await loadDictionary(locale).then((dictionary) => ({ [locale]: dictionary }), () => ({}));
  const i18n = createI18n(locale, dictionaries);
  // Hydration needs the page's code before the first render (a lazy route would first render its fallback).
  if (hydrate) await resolveLazyRoutes(window.location);
  const app = (
    <StrictMode>
      <AppProviders i18n={i18n} client={client}>
        <RouterProvider router={createRouter()} />
      </AppProviders>
    </StrictMode>
  );
  if (hydrate) hydrateRoot(root!, app);
  else createRoot(root!).render(app);
}
void start();
