// The first screen's prefetch must be the page's own query: same document, same variables, so Apollo answers the
// page from the request already in flight instead of sending a second one (issue 12).
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import IndicatorPage from '../pages/IndicatorPage';
import OverviewPage from '../pages/OverviewPage';
import { prefetchFirstScreen } from './prefetch';

function recordingClient() {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  // Never answers: the test is about what is asked, while it is in flight.
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', variables: operation.variables });
    return new Observable(() => undefined);
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

async function openWithPrefetch(pathname: string, route: string, page: React.ReactElement) {
  const { client, sent } = recordingClient();
  prefetchFirstScreen(client, pathname);
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[pathname]}>
          <Routes>
            <Route path={route} element={page} />
          </Routes>
        </MemoryRouter>
      </ApolloProvider>
    </I18nextProvider>,
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  return sent;
}

describe('prefetchFirstScreen', () => {
  it("starts the overview's own query: the page sends no second one", async () => {
    const sent = await openWithPrefetch('/units/binh-thanh/reports/2021-2025', '/units/:orgUnitCode/reports/:programme', <OverviewPage />);
    expect(sent.filter((s) => s.name === 'OverviewPage')).toHaveLength(1);
    expect(sent[0]?.variables).toMatchObject({ orgUnitCode: 'binh-thanh', programme: '2021-2025', fromYear: 2021, toYear: 2025 });
  });

  it("starts the indicator page's own query: the page sends no second one", async () => {
    const sent = await openWithPrefetch('/units/binh-thanh/indicators/1.1', '/units/:orgUnitCode/indicators/:code', <IndicatorPage />);
    expect(sent.filter((s) => s.name === 'IndicatorPage')).toHaveLength(1);
  });
});
