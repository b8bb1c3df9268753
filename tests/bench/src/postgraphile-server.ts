// PostGraphile 4.14.1 over the pgl schema (see postgraphile-schema.ts), production settings: no GraphiQL, no query
// log, no mutations. Run: node postgraphile-server.js <port> <database url>
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { jsonPost, type SystemClient } from './workloads.js';
import { PGL_SCHEMA } from './postgraphile-schema.js';

export function startPostGraphile(port: number, databaseUrl: string): http.Server {
  const middleware = postgraphile(databaseUrl, PGL_SCHEMA, {
    graphiql: false,
    disableQueryLog: true,
    disableDefaultMutations: true,
    ignoreRBAC: true,
    setofFunctionsContainNulls: false,
    legacyRelations: 'omit',
    retryOnInitFail: false,
    pgSettings: undefined,
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/healthz') {
      res.end('ok');
      return;
    }
    middleware(req, res);
  });
  server.listen(port, '127.0.0.1');
  return server;
}

const W1 = `query W1($indicator: String!, $province: String!, $from: Int!, $to: Int!) {
  yoySlice(indicator: $indicator, province: $province, fromYear: $from, toYear: $to) {
    nodes { orgUnitCode value previous change percentChange }
  }
}`;
const W1_UNITS = `query W1u($indicator: String!, $codes: [String]!, $from: Int!, $to: Int!) {
  yoyUnits(indicator: $indicator, codes: $codes, fromYear: $from, toYear: $to) {
    nodes { orgUnitCode value previous change percentChange }
  }
}`;
const W2 = `query W2($indicator: String!, $year: Int!, $top: Int!) {
  ranking(indicator: $indicator, year: $year, first: $top) { totalCount nodes { orgUnitCode value rank } }
}`;
const W3 = `query W3($district: String!, $codes: [String]!, $first: Int!, $last: Int!) {
  orgUnitByCode(code: $district) {
    code name
    children { nodes { code name series(codes: $codes, firstYear: $first, lastYear: $last) {
      nodes { indicatorCode year value previous change percentChange }
    } } }
  }
}`;

// W5, uncached: the figures of the overview (the unit and its six headline indicators' series) and of an indicator
// page (the unit and one indicator's series). PostGraphile's schema has no report, findings, targets or tasks, so this
// is less work than CCHC's W5 answers: its throughput is an upper bound for the same page.
const W5_OVERVIEW = `query W5o($unit: String!, $codes: [String]!) {
  orgUnitByCode(code: $unit) { code name kind series(codes: $codes, firstYear: 2000, lastYear: 2100) {
    nodes { indicatorCode year value previous change percentChange }
  } }
}`;
const W5_HEADLINES = ['N.PAR.SCORE', 'N.PAR.RANK', 'N.SIPAS.SATISFACTION', 'N.TTHC.ONLINE_FILE_RATE', '3.4.2', 'N.TTHC.DIGITISATION_RATE'];

type Data = { data?: Record<string, { nodes?: unknown[]; series?: { nodes?: unknown[] }; children?: { nodes: { series: { nodes: unknown[] } }[] } }> };

export const postGraphileClient: SystemClient = {
  request(workload, p) {
    switch (workload) {
      case 'W5-overview':
        return jsonPost('/graphql', { query: W5_OVERVIEW, variables: { unit: 'binh-thanh', codes: W5_HEADLINES } });
      case 'W5-indicator':
        return jsonPost('/graphql', { query: W5_OVERVIEW, variables: { unit: 'binh-thanh', codes: ['N.TTHC.ONLINE_FILE_RATE'] } });
      case 'W5-overview-warm':
      case 'W5-indicator-warm':
        return null; // no HTTP caching of answers
      case 'W1':
        return jsonPost('/graphql', { query: W1, variables: { indicator: p.indicator, province: p.province, from: p.fromYear, to: p.toYear } });
      case 'W1-5000':
        return p.manyCommunes
          ? jsonPost('/graphql', { query: W1_UNITS, variables: { indicator: p.indicator, codes: p.manyCommunes, from: p.fromYear, to: p.toYear } })
          : null;
      case 'W2':
        return jsonPost('/graphql', { query: W2, variables: { indicator: p.indicator, year: p.rankYear, top: p.top } });
      case 'W3':
        return jsonPost('/graphql', {
          query: W3,
          variables: { district: p.district, codes: p.dashboardIndicators, first: p.firstYear, last: p.lastYear },
        });
    }
  },
  rows(workload, body) {
    const data = (body as Data).data;
    if (!data) return -1;
    switch (workload) {
      case 'W5-overview':
      case 'W5-indicator':
        return data.orgUnitByCode?.series?.nodes?.length ?? -1;
      case 'W5-overview-warm':
      case 'W5-indicator-warm':
        return -1;
      case 'W1':
        return data.yoySlice?.nodes?.length ?? -1;
      case 'W1-5000':
        return data.yoyUnits?.nodes?.length ?? -1;
      case 'W2':
        return data.ranking?.nodes?.length ?? -1;
      case 'W3':
        return data.orgUnitByCode?.children?.nodes.reduce((n, c) => n + c.series.nodes.length, 0) ?? -1;
    }
  },
};

if (process.argv[1]?.endsWith('postgraphile-server.js') && process.argv[2] && process.argv[3]) {
  startPostGraphile(Number(process.argv[2]), process.argv[3]);
}
