// How CCHC's GraphQL API answers each workload. W1 uses the contract's `compare`, W3 one nested query with
// `OrgUnit.series`; W2 needs a ranking across
// the whole country, which the client uses only when the schema offers it (rankingPage with `first` and `level`).
import { jsonPost, type SystemClient } from './workloads.js';
import { w5Path, w5Query, type W5Page } from './w5.js';

/** `compare` refuses more than this many org units per request (the API's input limit, MAX_COMPARE_UNITS). */
export const CCHC_MAX_COMPARE_UNITS = 12_000;

export interface CchcCapabilities {
  /** `rankingPage` exists with `first` and `level` (and a null `withinOrgUnitCode` for the whole country). */
  countryRanking: boolean;
  /** `compare` takes `withinOrgUnitCode` and `level`: W1 names the province instead of listing its communes (a build
   * from before it, as the A/B tools may start, gets the list). */
  compareWithin: boolean;
}

// W1 names the province and lets the API find its communes (as PostGraphile's W1 does); W1-5000 still sends its
// 5,000 codes, as PostGraphile's W1-5000 does.
const W1 = `query W1($indicator: String!, $province: String!, $years: [Int!]!) {
  compare(indicatorCodes: [$indicator], withinOrgUnitCode: $province, level: COMMUNE, years: $years) {
    orgUnitCode value previousValue change { absoluteChange relativeChange }
  }
}`;
const W1_LIST = `query W1List($indicator: String!, $units: [String!]!, $years: [Int!]!) {
  compare(indicatorCodes: [$indicator], orgUnitCodes: $units, years: $years) {
    orgUnitCode value previousValue change { absoluteChange relativeChange }
  }
}`;
const W2 = `query W2($indicator: String!, $year: Int!, $top: Int!) {
  rankingPage(indicatorCode: $indicator, year: $year, level: COMMUNE, first: $top) {
    totalCount entries { orgUnitCode value rank of }
  }
}`;
const W3 = `query W3($district: String!, $codes: [String!]!, $from: Int!, $to: Int!) {
  orgUnit(code: $district) {
    code name
    children {
      code name
      series(indicatorCodes: $codes, from: $from, to: $to) {
        indicatorCode
        points { year value change { fromValue absoluteChange relativeChange trend } }
      }
    }
  }
}`;

export interface CchcUnits {
  /** The communes of the W1 province and of the W3 district, as a client that navigated there holds them (W3 now
   * reads the district's communes through `children` itself, W1 names the province where the API takes it). */
  provinceCommunes: string[];
  districtCommunes: string[];
}

type Data = {
  data?: {
    compare?: unknown[];
    rankingPage?: { entries: unknown[] };
    orgUnit?: { children: { series: { points: unknown[] }[] }[] } | null;
  };
  errors?: unknown[];
};

/** Apollo Client sends its GETs with a JSON content type (which also satisfies Apollo Server's CSRF prevention). */
const APOLLO_GET_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' };

export function cchcClient(capabilities: CchcCapabilities, units: CchcUnits): SystemClient {
  const pages = { overview: w5Query('overview'), indicator: w5Query('indicator') };
  const etags: Partial<Record<W5Page, string>> = {};
  const w5 = (page: W5Page, warm: boolean) => ({
    method: 'GET' as const,
    path: w5Path(pages[page]),
    headers: warm && etags[page] ? { ...APOLLO_GET_HEADERS, 'if-none-match': etags[page] } : APOLLO_GET_HEADERS,
    body: null,
  });
  return {
    async prepare(baseUrl) {
      for (const page of ['overview', 'indicator'] as const) {
        const q = pages[page];
        // The first visit: the hash is unknown, Apollo Client sends the text with it once.
        const register = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ operationName: q.operationName, query: q.query, variables: q.variables, extensions: { persistedQuery: { version: 1, sha256Hash: q.sha256 } } }),
        });
        if (!register.ok) throw new Error(`W5 ${page}: registering the persisted query: HTTP ${register.status}`);
        const res = await fetch(`${baseUrl}${w5Path(q)}`, { headers: APOLLO_GET_HEADERS });
        await res.text();
        const etag = res.headers.get('etag');
        if (!res.ok || !etag) throw new Error(`W5 ${page}: no ETag on the GET answer (HTTP ${res.status})`);
        etags[page] = etag;
      }
    },
    expectedStatus(workload) {
      return workload.endsWith('-warm') ? 304 : undefined;
    },
    request(workload, p) {
      switch (workload) {
        case 'W5-overview':
          return w5('overview', false);
        case 'W5-overview-warm':
          return w5('overview', true);
        case 'W5-indicator':
          return w5('indicator', false);
        case 'W5-indicator-warm':
          return w5('indicator', true);
        case 'W1':
          return capabilities.compareWithin
            ? jsonPost('/graphql', { query: W1, variables: { indicator: p.indicator, province: p.province, years: [p.toYear] } })
            : jsonPost('/graphql', { query: W1_LIST, variables: { indicator: p.indicator, units: units.provinceCommunes, years: [p.toYear] } });
        case 'W1-5000':
          return p.manyCommunes && p.manyCommunes.length <= CCHC_MAX_COMPARE_UNITS
            ? jsonPost('/graphql', { query: W1_LIST, variables: { indicator: p.indicator, units: p.manyCommunes, years: [p.toYear] } })
            : null;
        case 'W2':
          return capabilities.countryRanking
            ? jsonPost('/graphql', { query: W2, variables: { indicator: p.indicator, year: p.rankYear, top: p.top } })
            : null;
        case 'W3':
          return jsonPost('/graphql', {
            query: W3,
            variables: { district: p.district, codes: p.dashboardIndicators, from: p.firstYear, to: p.lastYear },
          });
      }
    },
    rows(workload, body) {
      if (workload.endsWith('-warm')) return body === '' ? 0 : -1;
      if (workload.startsWith('W5')) {
        const d = (body as { data?: Record<string, { observations?: unknown[] } | null> }).data;
        if (!d) return -1;
        return workload === 'W5-overview'
          ? Object.values(d).reduce((n, v) => n + (v && !Array.isArray(v) && Array.isArray(v.observations) ? v.observations.length : 0), 0)
          : d['indicator'] ? 1 : -1;
      }
      const b = body as Data;
      if (b.errors || !b.data) return -1;
      if (workload === 'W3') {
        const children = b.data.orgUnit?.children;
        return children ? children.reduce((n, c) => n + c.series.reduce((m, s) => m + s.points.length, 0), 0) : -1;
      }
      return workload === 'W2' ? (b.data.rankingPage?.entries.length ?? -1) : (b.data.compare?.length ?? -1);
    },
  };
}

/** Reads what the running server's schema offers. */
export async function cchcCapabilities(baseUrl: string): Promise<CchcCapabilities> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "Query") { fields { name args { name } } } }' }),
  });
  const body = (await res.json()) as { data?: { __type?: { fields: { name: string; args: { name: string }[] }[] } } };
  const argsOf = (name: string) => new Set(body.data?.__type?.fields.find((f) => f.name === name)?.args.map((a) => a.name) ?? []);
  const ranking = argsOf('rankingPage');
  const compare = argsOf('compare');
  return { countryRanking: ranking.has('first') && ranking.has('level'), compareWithin: compare.has('withinOrgUnitCode') && compare.has('level') };
}
