// Where the commune selector goes: the same kind of page for the other commune.

/**
 * The path of the page of the same kind for `code`: `/units/<current>/…` keeps everything after the commune (the
 * report section, the indicator, the year) and the query; a page that is not a commune's (compare, explorer) opens the
 * chosen commune's overview.
 */
export function communePath(location: { pathname: string; search: string }, code: string, overview: (code: string) => string): string {
  const match = /^\/units\/[^/]+(\/.*)?$/.exec(location.pathname);
  if (!match) return overview(code);
  return `/units/${encodeURIComponent(code)}${match[1] ?? ''}${location.search}`;
}
