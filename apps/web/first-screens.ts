// A build step (issue 12): for each page a reader may open first, a copy of index.html that also names the page's
// chunks (`<link rel="modulepreload">`) and styles, so the browser fetches the page's code with the entry script in
// the first round trip instead of after the entry has downloaded and run. `first-screens.json` lists the copies by
// route; the API sends the copy whose route matches the URL and index.html for any other (apps/api/src/web-static.ts).
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
type OutputAsset = Rollup.OutputAsset;

export interface FirstScreen {
  /** The copy's name, e.g. `indicator` → first-screen/indicator.html. */
  name: string;
  /** Route paths as the router writes them (`/units/:orgUnitCode/indicators/:code`); `:name` is one path segment. */
  paths: string[];
  /** The page module the route loads, relative to the web app's root. */
  page: string;
}

/** What the API reads: the copy of index.html for each route. */
export interface FirstScreenManifest {
  screens: { paths: string[]; html: string }[];
}

export const MANIFEST_FILE = 'first-screens.json';

/** A chunk's static imports, transitively, in load order (dependencies first), with the styles they import. */
export function chunkClosure(bundle: OutputBundle, fileName: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || scripts.includes(name)) return;
    scripts.push(name); // before its imports: an import cycle between chunks must not recurse forever
    for (const imported of chunk.imports) visit(imported);
    for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) styles.add(css);
  };
  visit(fileName);
  return { scripts, styles: [...styles] };
}

/** index.html with a preload of every script and a link to every style it does not name already, before `</head>`. */
export function withPreloads(html: string, base: string, scripts: string[], styles: string[]): string {
  const href = (file: string) => `${base}${file}`;
  const named = (file: string) => html.includes(`"${href(file)}"`);
  const tags = [
    ...styles.filter((f) => !named(f)).map((f) => `    <link rel="stylesheet" crossorigin href="${href(f)}">`),
    ...scripts.filter((f) => !named(f)).map((f) => `    <link rel="modulepreload" crossorigin href="${href(f)}">`),
  ];
  if (tags.length === 0) return html;
  return html.replace(/^([ \t]*)<\/head>/m, (closing) => `${tags.join('\n')}\n${closing}`);
}

export function firstScreens(screens: FirstScreen[]): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'cchc-first-screens',
    // The client's build only: the server entry's (entry-server.tsx, `vite build --ssr`) has no pages to serve.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index) return;
      const html = String(index.source);
      const manifest: FirstScreenManifest = { screens: [] };
      for (const screen of screens) {
        const page = path.resolve(root, screen.page);
        const chunk = Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && c.facadeModuleId === page);
        if (!chunk) throw new Error(`first screen ${screen.name}: no chunk for ${screen.page} (is it a lazy route?)`);
        const { scripts, styles } = chunkClosure(bundle, chunk.fileName);
        const fileName = `first-screen/${screen.name}.html`;
        this.emitFile({ type: 'asset', fileName, source: withPreloads(html, base, scripts, styles) });
        manifest.screens.push({ paths: screen.paths, html: fileName });
      }
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
