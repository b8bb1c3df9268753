// @vitest-environment node
import { readFileSync } from 'node:fs';
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { type RenderedState, STATE_ELEMENT_ID } from './app/server-rendering';
import { renderPage, RenderError } from './entry-server';
import { en } from './i18n/en';
import { vi } from './i18n/vi';

const TEMPLATE =
  '<!doctype html><html lang="vi"><head><title>CCHC</title></head><body><div id="root"></div></body></html>';
const OVERVIEW = '/units/binh-thanh/reports/2021-2025';
/** A report title that would end the state block early, and open a script, if it were written as it is. */
const TITLE = 'Báo cáo 2021–2025 </script><script>alert(1)</script><!--';

type Answers = Record<string, Record<string, unknown>>;

const ANSWERS: Answers = {
  OverviewPage: {
    orgUnit: { __typename: 'OrgUnit', code: 'binh-thanh', name: 'Bình Thành', kind: 'COMMUNE' },
    report: { __typename: 'Report', id: 'r1', title: TITLE },
    parScore: null,
    parRank: null,
    satisfaction: null,
    onlineFiling: null,
    onTime: null,
    digitisation: null,
    findings: [],
    targets: [],
    tasks: [],
  },
  CurrentCommune: { orgUnit: { __typename: 'OrgUnit', code: 'binh-thanh', name: 'Bình Thành' } },
  ReportedRanks: { reportedRanks: [] },
};

/** Answers each operation from `answers` by its name; an operation it does not know is a GraphQL error. */
function mockedLink(answers: Answers, asked: string[] = []): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        asked.push(operation.operationName ?? '?');
        const data = answers[operation.operationName ?? ''];
        observer.next(
          data ? { data } : { errors: [{ message: `no answer for ${operation.operationName}` }] },
        );
        observer.complete();
      }),
  );
}

/** The state block's text as it stands in the HTML. */
const stateText = (html: string) =>
  html.match(
    new RegExp(`<script type="application/json" id="${STATE_ELEMENT_ID}">([\\s\\S]*?)</script>`),
  )?.[1];

describe('renderPage', () => {
  it('renders the overview with its data: the lead paragraph (the phone LCP element) is in the HTML, in #root', async () => {
    const asked: string[] = [];
    const result = await renderPage(OVERVIEW, { template: TEMPLATE, link: mockedLink(ANSWERS, asked) });
    expect(result.kind).toBe('page');
    const html = result.kind === 'page' ? result.html : '';
    expect(html).toContain(
      '<p class="lead">Báo cáo 2021–2025 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</p>',
    );
    expect(html).toContain(`<h1>${vi.overview.title}</h1>`); // in Vietnamese, the language the server renders in
    expect(html.indexOf('<div id="root"><div class="app">')).toBeGreaterThan(0);
    expect(asked).toEqual(expect.arrayContaining(['OverviewPage', 'CurrentCommune', 'ReportedRanks']));
  });

  it("renders in the language asked for, with the page's own <title> and <html lang> in it", async () => {
    const vietnamese = await renderPage(OVERVIEW, { template: TEMPLATE, link: mockedLink(ANSWERS) });
    const viHtml = vietnamese.kind === 'page' ? vietnamese.html : '';
    expect(viHtml).toContain(
      `<html lang="vi"><head><title>${vi.nav.overview} — ${vi.app.short}</title></head>`,
    );

    const english = await renderPage(OVERVIEW, {
      template: TEMPLATE,
      link: mockedLink(ANSWERS),
      locale: 'en',
    });
    const html = english.kind === 'page' ? english.html : '';
    expect(html).toContain(
      `<html lang="en"><head><title>${en.nav.overview} — ${en.app.short}</title></head>`,
    );
    expect(html).toContain(`<h1>${en.overview.title}</h1>`);
    expect(html).not.toContain(vi.overview.title);
    expect((JSON.parse(stateText(html) ?? 'null') as RenderedState | null)?.locale).toBe('en');
  });

  it('writes index.html\'s <meta name="description"> in the language asked for (index.html\'s is the Vietnamese one)', async () => {
    const indexHtml = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    const description = (text: string) => `<meta name="description" content="${text}" />`;
    expect(indexHtml).toContain(description(vi.app.description));

    const english = await renderPage(OVERVIEW, {
      template: indexHtml,
      link: mockedLink(ANSWERS),
      locale: 'en',
    });
    const enHtml = english.kind === 'page' ? english.html : '';
    expect(enHtml).toContain(description(en.app.description));
    expect(enHtml).not.toContain(vi.app.description);
    expect(enHtml.match(/<meta name="description"/g)).toHaveLength(1);

    const vietnamese = await renderPage(OVERVIEW, { template: indexHtml, link: mockedLink(ANSWERS) });
    const viHtml = vietnamese.kind === 'page' ? vietnamese.html : '';
    expect(viHtml).toContain(description(vi.app.description));
  });

  it('renders Vietnamese for a language it does not know, never writing the value into the page', async () => {
    const result = await renderPage(OVERVIEW, {
      template: TEMPLATE,
      link: mockedLink(ANSWERS),
      locale: '"><script>' as unknown as 'vi',
    });
    const html = result.kind === 'page' ? result.html : '';
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`<h1>${vi.overview.title}</h1>`);
    expect(html).not.toContain('"><script>');
  });

  it('escapes the title, which may come from the address (an unknown indicator is titled by its code)', async () => {
    const code = '</title><script>alert(1)</script>';
    const result = await renderPage(`/units/binh-thanh/indicators/${encodeURIComponent(code)}`, {
      template: TEMPLATE,
      link: mockedLink({ ...ANSWERS, IndicatorPage: { indicator: null, findings: [] } }),
    });
    const html = result.kind === 'page' ? result.html : '';
    expect(html).toContain(
      `<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — ${vi.app.short}</title>`,
    );
    expect(html.match(/<script/g)).toHaveLength(1); // the state block only
  });

  it('puts the Apollo cache in a JSON block escaped against </script>, which reads back to the same data', async () => {
    const result = await renderPage(OVERVIEW, { template: TEMPLATE, link: mockedLink(ANSWERS) });
    const html = result.kind === 'page' ? result.html : '';
    const text = stateText(html);
    expect(text).toBeDefined();
    expect(text).not.toMatch(/<\/script|<!--|<script/i);
    expect(text).toContain('\\u003c/script>');
    // One block, and no inline script anywhere (the CSP would refuse it).
    expect(html.match(/<script/g)).toHaveLength(1);
    const state = JSON.parse(text ?? 'null') as RenderedState | null;
    expect(state?.locale).toBe('vi');
    expect(JSON.stringify(state?.apollo)).toContain(JSON.stringify(TITLE));
  });

  it('answers / with the overview address, as the index route does', async () => {
    await expect(renderPage('/', { template: TEMPLATE, link: mockedLink(ANSWERS) })).resolves.toEqual({
      kind: 'redirect',
      location: OVERVIEW,
    });
  });

  it('refuses to render when a query fails (the browser could not hydrate an error notice from the cache)', async () => {
    const { ReportedRanks: _, ...withoutRanks } = ANSWERS;
    await expect(
      renderPage(OVERVIEW, { template: TEMPLATE, link: mockedLink(withoutRanks) }),
    ).rejects.toThrow(/ReportedRanks: no answer/);
  });

  it('refuses pages it does not render, and a template without an empty #root', async () => {
    await expect(
      renderPage('/units/binh-thanh/findings', { template: TEMPLATE, link: mockedLink(ANSWERS) }),
    ).rejects.toBeInstanceOf(RenderError);
    await expect(
      renderPage(OVERVIEW, { template: '<div id="app"></div>', link: mockedLink(ANSWERS) }),
    ).rejects.toBeInstanceOf(RenderError);
  });
});
