// The server's side of the first screen (issue 12): the API renders an anonymous reader's overview or indicator page
// with the app's own components (React Router's static data router, Apollo's prerenderStatic waiting for the queries,
// React's `prerender`), so the page paints from HTML and CSS before the app's code has arrived; main.tsx hydrates it.
// It renders in the reader's language (the API reads the `cchc_lang` cookie), with the page's own `<title>`,
// `<html lang>` and `<meta name="description">`, as the app sets them once running.
// Built by `vite build --ssr` into dist/server/entry-server.js and loaded by apps/api/src/web-rendering.ts.
import { ApolloLink } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { tap } from 'rxjs';
import { createApolloClient, networkLink } from './app/apollo';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/router';
import { isServerRendered, STATE_ELEMENT_ID, stateJson } from './app/server-rendering';
import { createI18n, loadDictionary, type Locale } from './i18n';
import { PageTitleCollector } from './modules/ui/hooks/usePageTitle';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME } from './modules/ui/utils/paths';

export { isServerRendered };

export interface RenderOptions {
  /** The page's HTML without the page: index.html or its first-screen copy, with an empty `<div id="root"></div>`. */
  template: string;
  /** The GraphQL endpoint, absolute (the API's own address); or `link`. */
  graphqlUrl?: string;
  /** Answers the queries instead of `graphqlUrl` (tests). */
  link?: ApolloLink;
  /** Gives up the render (the caller then sends the page unrendered). */
  signal?: AbortSignal;
  /** The reader's language (the API's reading of the `cchc_lang` cookie); Vietnamese, the default, when absent. */
  locale?: Locale;
}

export type RenderResult = { kind: 'page'; html: string } | { kind: 'redirect'; location: string };

/** Thrown when a page cannot be rendered faithfully; the caller sends the unrendered page instead. */
export class RenderError extends Error {
  override name = 'RenderError';
}

const ROOT = /<div id="root"><\/div>/;
const TITLE = /<title>[^<]*<\/title>/;
const HTML_LANG = /(<html\b[^>]*?\slang=")[^"]*(")/;
const DESCRIPTION = /(<meta\s+name="description"\s+content=")[^"]*(")/;

/** Text as HTML (a title may come from the data). */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** The app's routes as React Router's server side matches them (a lazy route's code is loaded once, on first use). */
const handler = createStaticHandler(routes);

/**
 * The page at `url` (path and query, e.g. `/units/binh-thanh/reports/2021-2025`) as HTML: the template with the
 * rendered page in `#root` and the Apollo cache's state in a JSON block. `/` answers with the overview's address, as
 * the app's index route does. Throws RenderError when the page is not one the server renders, a query failed or the
 * router did not match; the caller then sends the template as it is.
 */
export async function renderPage(url: string, options: RenderOptions): Promise<RenderResult> {
  const { template, signal } = options;
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  if (!ROOT.test(template)) throw new RenderError('the template has no empty <div id="root"></div>');
  const request = new Request(new URL(url, 'http://localhost'), { signal });
  const { pathname } = new URL(request.url);
  if (pathname === '/') {
    return { kind: 'redirect', location: paths.overview(DEFAULT_ORG_UNIT, REPORT_PROGRAMME) };
  }
  if (!isServerRendered(pathname)) throw new RenderError(`${pathname} is not a page the server renders`);
  const context = await handler.query(request);
  if (context instanceof Response)
    throw new RenderError(`the router answered ${context.status} for ${pathname}`);
  if (context.errors) throw new RenderError(`the router failed on ${pathname}`);

  // A query that failed would render its error notice, which the browser's first render (from the cache) cannot match.
  const failures: string[] = [];
  const network = options.link ?? networkLink(options.graphqlUrl);
  const link = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => {
          if (result.errors?.length)
            failures.push(`${operation.operationName}: ${result.errors.map((e) => e.message).join('; ')}`);
        },
        error: (err: unknown) =>
          failures.push(`${operation.operationName}: ${err instanceof Error ? err.message : String(err)}`),
      }),
    ),
  ).concat(network);
  const client = createApolloClient({ link, ssrMode: true });
  const i18n = createI18n(locale, { [locale]: await loadDictionary(locale) });
  const head: { title?: string } = {};
  const router = createStaticRouter(handler.dataRoutes, context);
  try {
    const { result, aborted } = await prerenderStatic({
      tree: (
        <StrictMode>
          <PageTitleCollector value={head}>
            <AppProviders i18n={i18n} client={client}>
              {/* hydrate={false}: React Router's hydration data would be an inline script, which the CSP refuses. */}
              <StaticRouterProvider router={router} context={context} hydrate={false} />
            </AppProviders>
          </PageTitleCollector>
        </StrictMode>
      ),
      signal,
      // Every boundary in place, never outlined for a progressive reveal: that reveal is an inline script (CSP).
      renderFunction: (tree) => prerender(tree, { signal, progressiveChunkSize: Number.POSITIVE_INFINITY }),
    });
    if (aborted) throw new RenderError(`the render of ${pathname} was given up`);
    if (failures.length > 0) throw new RenderError(`a query of ${pathname} failed: ${failures.join(' | ')}`);
    const state = stateJson({ locale, apollo: client.extract() as Record<string, unknown> });
    const page = `<div id="root">${result}</div><script type="application/json" id="${STATE_ELEMENT_ID}">${state}</script>`;
    // The page's own title, language and description, as usePageTitle and i18n set them in the browser.
    let html = template
      .replace(HTML_LANG, (_, start: string, end: string) => `${start}${locale}${end}`)
      .replace(
        DESCRIPTION,
        (_, start: string, end: string) => `${start}${escapeHtml(i18n.t('app.description'))}${end}`,
      );
    if (head.title !== undefined)
      html = html.replace(TITLE, () => `<title>${escapeHtml(head.title!)}</title>`);
    return { kind: 'page', html: html.replace(ROOT, () => page) };
  } finally {
    client.stop();
  }
}
