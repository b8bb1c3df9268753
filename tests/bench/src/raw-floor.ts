// The raw floor: node:http, one prepared SQL statement per request, JSON.stringify of the rows. Nothing a real API
// adds (parsing GraphQL, validation, resolvers) — the lowest latency these questions can be answered with here.
// Run: node raw-floor.js <port> <database url>
import http from 'node:http';
import pg from 'pg';
import { jsonPost, type SystemClient, type WorkloadId } from './workloads.js';

const W1_SELECT = `
  SELECT c.code AS "orgUnitCode", cur.value AS value, prev.value AS previous,
         cur.value - prev.value AS change,
         CASE WHEN prev.value <> 0 THEN (cur.value - prev.value) / abs(prev.value) * 100 END AS "percentChange"
  FROM org_unit c
  LEFT JOIN observation cur ON cur.org_unit_code = c.code AND cur.indicator_code = $1 AND cur.year = $3 AND cur.period_kind = 'YEAR'
  LEFT JOIN observation prev ON prev.org_unit_code = c.code AND prev.indicator_code = $1 AND prev.year = $2 AND prev.period_kind = 'YEAR'`;

export const STATEMENTS = {
  w1Province: `${W1_SELECT}
  JOIN org_unit d ON d.code = c.parent_code
  WHERE d.parent_code = $4 AND c.level = 'COMMUNE' ORDER BY c.code`,
  w1Units: `${W1_SELECT}
  WHERE c.code = ANY($4::text[]) ORDER BY c.code`,
  w2: `
  SELECT r.* FROM (
    SELECT o.org_unit_code AS "orgUnitCode", o.value, rank() OVER (ORDER BY o.value DESC)::int AS rank,
           count(*) OVER ()::int AS "of"
    FROM observation o
    WHERE o.indicator_code = $1 AND o.year = $2 AND o.period_kind = 'YEAR' AND o.value IS NOT NULL
  ) r ORDER BY r.rank, r."orgUnitCode" LIMIT $3`,
  // The previous year's value through lag() over one scan, taken only when it is the year just before (a gap stays
  // a gap): faster than a self-join per row.
  w3: `
  SELECT "orgUnitCode", name, "indicatorCode", year, value, previous, value - previous AS change FROM (
    SELECT o.org_unit_code AS "orgUnitCode", c.name, o.indicator_code AS "indicatorCode", o.year, o.value,
           CASE WHEN lag(o.year) OVER w = o.year - 1 THEN lag(o.value) OVER w END AS previous
    FROM org_unit c
    JOIN observation o ON o.org_unit_code = c.code AND o.period_kind = 'YEAR'
    WHERE c.parent_code = $1 AND o.indicator_code = ANY($2::text[]) AND o.year BETWEEN $3::int - 1 AND $4
    WINDOW w AS (PARTITION BY o.org_unit_code, o.indicator_code ORDER BY o.year)
  ) s WHERE year >= $3 ORDER BY 1, 3, 4`,
} as const;

export const rawFloorClient: SystemClient = {
  request(workload: WorkloadId, p) {
    switch (workload) {
      case 'W1':
        return jsonPost('/w1', { indicator: p.indicator, fromYear: p.fromYear, toYear: p.toYear, province: p.province });
      case 'W1-5000':
        return p.manyCommunes
          ? jsonPost('/w1', { indicator: p.indicator, fromYear: p.fromYear, toYear: p.toYear, orgUnitCodes: p.manyCommunes })
          : null;
      case 'W2':
        return jsonPost('/w2', { indicator: p.indicator, year: p.rankYear, top: p.top });
      case 'W3':
        return jsonPost('/w3', {
          district: p.district,
          indicators: p.dashboardIndicators,
          firstYear: p.firstYear,
          lastYear: p.lastYear,
        });
      default:
        return null; // W5 is a page of the web app: the floor has none
    }
  },
  rows: (_workload, body) => (Array.isArray(body) ? body.length : -1),
};

interface Body {
  indicator?: string;
  fromYear?: number;
  toYear?: number;
  province?: string;
  orgUnitCodes?: string[];
  year?: number;
  top?: number;
  district?: string;
  indicators?: string[];
  firstYear?: number;
  lastYear?: number;
}

function statementFor(path: string, b: Body): pg.QueryConfig {
  switch (path) {
    case '/w1':
      return b.orgUnitCodes
        ? { name: 'w1Units', text: STATEMENTS.w1Units, values: [b.indicator, b.fromYear, b.toYear, b.orgUnitCodes] }
        : { name: 'w1Province', text: STATEMENTS.w1Province, values: [b.indicator, b.fromYear, b.toYear, b.province] };
    case '/w2':
      return { name: 'w2', text: STATEMENTS.w2, values: [b.indicator, b.year, b.top] };
    case '/w3':
      return { name: 'w3', text: STATEMENTS.w3, values: [b.district, b.indicators, b.firstYear, b.lastYear] };
    default:
      throw new Error(`no such workload: ${path}`);
  }
}

export function startRawFloor(port: number, databaseUrl: string): http.Server {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((req, res) => {
    if (req.url === '/healthz') {
      res.end('ok');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let query: pg.QueryConfig;
      try {
        query = statementFor(req.url ?? '', JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body);
      } catch (error) {
        res.writeHead(400).end(String(error));
        return;
      }
      pool.query(query).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result.rows));
        },
        (error: unknown) => {
          res.writeHead(500).end(String(error));
        },
      );
    });
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (process.argv[1]?.endsWith('raw-floor.js') && process.argv[2] && process.argv[3]) {
  startRawFloor(Number(process.argv[2]), process.argv[3]);
}
