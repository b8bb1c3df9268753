// What the server renders and how the browser takes it over (issue 12): the anonymous first screens come as HTML with
// the page already in it (entry-server.tsx) and the Apollo cache's state in a JSON block, which main.tsx restores
// before hydrating. Shared by both sides so they cannot drift apart.
import { matchPath } from 'react-router';
import type { Locale } from '../i18n';

/** The id of the `<script type="application/json">` block holding the rendered page's state (the CSP runs no inline script). */
export const STATE_ELEMENT_ID = 'cchc-state';

/** The pages a reader opens first (links, bookmarks), whose first paint should not wait for the app's code. */
export const SERVER_RENDERED_ROUTES = [
  '/units/:orgUnitCode/reports/:programme',
  '/units/:orgUnitCode/indicators/:code',
];

/** True when the server renders this path (a path only: a query string is the browser's to render). */
export const isServerRendered = (pathname: string): boolean =>
  SERVER_RENDERED_ROUTES.some((route) => matchPath(route, pathname) !== null);

export interface RenderedState {
  /** The language the page was rendered in (the reader's `cchc_lang` cookie): main.tsx hydrates only the reader's. */
  locale: Locale;
  /** The Apollo cache after the render (`client.extract()`). */
  apollo: Record<string, unknown>;
}

/**
 * JSON that can stand inside `<script type="application/json">`: `<` is written `\u003c`, so no `</script>` or
 * `<!--` in the data can end the block early; U+2028/U+2029 escaped for old parsers. `JSON.parse` reads it back as is.
 */
export function stateJson(state: RenderedState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The state block of a page the server rendered, or null (not rendered, or unreadable). */
export function readRenderedState(doc: Document): RenderedState | null {
  const text = doc.getElementById(STATE_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as RenderedState;
    return state !== null &&
      typeof state === 'object' &&
      typeof state.apollo === 'object' &&
      state.apollo !== null
      ? state
      : null;
  } catch {
    return null;
  }
}
