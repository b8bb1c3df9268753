// W5: the pages as readers load them (issue 12). The overview's and an indicator page's queries exactly as the web
// app sends them — the documents GraphQL Code Generator wrote for the web app (apps/web/src/gql/graphql.ts), with the
// `__typename` fields Apollo Client adds, printed as Apollo prints them — as GET requests carrying their persisted-query
// hash. "Cold" runs the query on every request; "warm" sends the ETag of the last answer (`If-None-Match`), as a
// browser revalidating its cached copy does, and is answered 304 while no write has moved the data version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import { REPO_ROOT } from './env.js';

export type W5Page = 'overview' | 'indicator';

const DOCUMENTS: Record<W5Page, string> = { overview: 'OverviewPageDocument', indicator: 'IndicatorPageDocument' };

/** The web's headline codes (apps/web/src/modules/report/utils/headlines.ts) and the pages' default unit. */
export const W5_VARIABLES: Record<W5Page, Record<string, string>> = {
  overview: {
    orgUnitCode: 'binh-thanh',
    programme: '2021-2025',
    targetProgramme: '2026-2030',
    parScore: 'N.PAR.SCORE',
    parRank: 'N.PAR.RANK',
    satisfaction: 'N.SIPAS.SATISFACTION',
    onlineFiling: 'N.TTHC.ONLINE_FILE_RATE',
    onTime: '3.4.2',
    digitisation: 'N.TTHC.DIGITISATION_RATE',
  },
  indicator: { code: 'N.TTHC.ONLINE_FILE_RATE', orgUnitCode: 'binh-thanh' },
};

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** Apollo Client's addTypenameToDocument: `__typename` in every selection set but the operation's own. */
function addTypename(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  }) as DocumentNode;
}

function webDocument(name: string): DocumentNode {
  const source = readFileSync(path.join(REPO_ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const line = source.split('\n').find((l) => l.startsWith(`export const ${name} = `));
  if (!line) throw new Error(`apps/web/src/gql/graphql.ts has no ${name} (run the web's codegen)`);
  const json = line.slice(`export const ${name} = `.length, line.lastIndexOf(' as unknown as '));
  return JSON.parse(json) as DocumentNode;
}

export interface W5Query {
  operationName: string;
  query: string;
  sha256: string;
  variables: Record<string, string>;
}

export function w5Query(page: W5Page): W5Query {
  const query = print(addTypename(webDocument(DOCUMENTS[page])));
  return {
    operationName: page === 'overview' ? 'OverviewPage' : 'IndicatorPage',
    query,
    sha256: createHash('sha256').update(query).digest('hex'),
    variables: W5_VARIABLES[page],
  };
}

/** The GET path Apollo Client's persisted-query link sends once the server knows the hash. */
export function w5Path(q: W5Query): string {
  const params = new URLSearchParams({
    operationName: q.operationName,
    variables: JSON.stringify(q.variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: q.sha256 } }),
  });
  return `/graphql?${params.toString()}`;
}
