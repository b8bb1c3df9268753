// Every view has its own URL and loads its code on demand, so the first page only downloads what it shows.
import { createBrowserRouter, matchRoutes, Navigate, type Location, type RouteObject } from 'react-router';
import { DEFAULT_ORG_UNIT, paths, REPORT_PROGRAMME } from '../modules/ui/utils/paths';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { Loading } from '../modules/ui/components/Status';

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      { index: true, element: <Navigate to={paths.overview(DEFAULT_ORG_UNIT, REPORT_PROGRAMME)} replace /> },
      { path: 'units/:orgUnitCode/reports/:programme', lazy: page(() => import('../pages/OverviewPage')) },
      { path: 'units/:orgUnitCode/reports/:programme/sections', lazy: page(() => import('../pages/SectionsPage')) },
      {
        path: 'units/:orgUnitCode/reports/:programme/sections/:sectionId',
        lazy: page(() => import('../pages/SectionsPage')),
      },
      { path: 'units/:orgUnitCode/indicators/:code', lazy: page(() => import('../pages/IndicatorPage')) },
      { path: 'units/:orgUnitCode/findings', lazy: page(() => import('../pages/FindingsPage')) },
      { path: 'units/:orgUnitCode/targets/:programme', lazy: page(() => import('../pages/TargetsPage')) },
      { path: 'units/:orgUnitCode/import', lazy: page(() => import('../pages/ImportPage')) },
      { path: 'units/:orgUnitCode/data/:year', lazy: page(() => import('../pages/DataEntryPage')) },
      { path: 'review', lazy: page(() => import('../pages/ReviewPage')) },
      { path: 'units/:orgUnitCode/import/document', lazy: page(() => import('../pages/ReadReportPage')) },
      { path: 'compare', lazy: page(() => import('../pages/ComparePage')) },
      { path: 'explorer', lazy: page(() => import('../pages/ExplorerPage')) },
      { path: 'signin', lazy: page(() => import('../pages/SignInPage')) },
      { path: 'account', lazy: page(() => import('../pages/AccountPage')) },
      { path: 'admin/users', lazy: page(() => import('../pages/UsersPage')) },
      { path: 'about', lazy: page(() => import('../pages/AboutPage')) },
      { path: '*', lazy: page(() => import('../pages/NotFoundPage')) },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

/**
 * Loads the code of the lazy routes `location` matches and puts it on the routes, as React Router asks before
 * hydrating a page the server rendered: the router then starts with the page, not its fallback.
 */
export async function resolveLazyRoutes(location: Pick<Location, 'pathname'>): Promise<void> {
  const lazy = (matchRoutes(routes, location) ?? []).filter((match) => match.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      const resolved = await (route.lazy as () => Promise<Partial<RouteObject>>)();
      Object.assign(route, { ...resolved, lazy: undefined });
    }),
  );
}
