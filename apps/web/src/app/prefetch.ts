// The first screen's data in one round trip with the code (issue 12): before React renders, the page the URL names
// starts its query — the same document and variables its component will ask for, so Apollo answers the component
// from this request (deduplicated while in flight, from the cache after) instead of a second round trip once the
// route's chunk has loaded and rendered.
import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router';
import { INDICATOR_PAGE } from '../pages/IndicatorPage.query';
import { OVERVIEW_PAGE, overviewPageVariables } from '../pages/OverviewPage.query';
import { DEFAULT_ORG_UNIT, REPORT_PROGRAMME } from '../modules/ui/utils/paths';

export function prefetchFirstScreen(client: ApolloClient, pathname: string): void {
  const start = (promise: Promise<unknown>) => void promise.catch(() => undefined); // the page shows any error itself
  const overview = pathname === '/' ? { orgUnitCode: DEFAULT_ORG_UNIT, programme: REPORT_PROGRAMME } : matchPath('/units/:orgUnitCode/reports/:programme', pathname)?.params;
  if (overview?.orgUnitCode && overview.programme) {
    start(client.query({ query: OVERVIEW_PAGE, variables: overviewPageVariables(overview.orgUnitCode, overview.programme) }));
    return;
  }
  const indicator = matchPath('/units/:orgUnitCode/indicators/:code', pathname)?.params;
  if (indicator?.orgUnitCode && indicator.code) {
    start(client.query({ query: INDICATOR_PAGE, variables: { code: indicator.code, orgUnitCode: indicator.orgUnitCode } }));
  }
}
