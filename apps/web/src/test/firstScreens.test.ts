// @vitest-environment node
// The build step that writes each first page's copy of index.html with its code preloaded (first-screens.ts).
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chunkClosure, withPreloads } from '../../first-screens';

const chunk = (fileName: string, imports: string[], css: string[] = []) =>
  ({ type: 'chunk', fileName, imports, viteMetadata: { importedCss: new Set(css) } }) as unknown as Rollup.OutputChunk;

describe('chunkClosure', () => {
  it("follows a page's static imports transitively, once each, cycles included, with their styles", () => {
    const bundle = {
      'assets/Page.js': chunk('assets/Page.js', ['assets/a.js', 'assets/b.js'], ['assets/Page.css']),
      'assets/a.js': chunk('assets/a.js', ['assets/b.js']),
      'assets/b.js': chunk('assets/b.js', ['assets/a.js'], ['assets/b.css']),
      'assets/unused.js': chunk('assets/unused.js', []),
    } as unknown as Rollup.OutputBundle;
    const { scripts, styles } = chunkClosure(bundle, 'assets/Page.js');
    expect(scripts.sort()).toEqual(['assets/Page.js', 'assets/a.js', 'assets/b.js']);
    expect(styles.sort()).toEqual(['assets/Page.css', 'assets/b.css']);
  });
});

describe('withPreloads', () => {
  const html = '<html>\n  <head>\n    <script type="module" crossorigin src="/assets/index.js"></script>\n  </head>\n  <body></body>\n</html>';

  it('adds a preload of each script and a link to each style before </head>, skipping what the page names already', () => {
    const out = withPreloads(html, '/', ['assets/index.js', 'assets/Page.js'], ['assets/Page.css']);
    expect(out).toContain('    <link rel="stylesheet" crossorigin href="/assets/Page.css">\n    <link rel="modulepreload" crossorigin href="/assets/Page.js">\n  </head>');
    expect(out.match(/assets\/index\.js/g)).toHaveLength(1);
  });

  it('leaves the page as it is when it names everything', () => {
    expect(withPreloads(html, '/', ['assets/index.js'], [])).toBe(html);
  });
});
