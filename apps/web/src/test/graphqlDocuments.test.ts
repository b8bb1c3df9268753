// @vitest-environment node
// The build step that gives each GraphQL document its own module (graphql-documents.ts), against the generated file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocuments, inlineDocuments } from '../../graphql-documents';

const generated = readFileSync(new URL('../gql/graphql.ts', import.meta.url), 'utf8');
const documents = generatedDocuments(generated);

describe('generatedDocuments', () => {
  it('finds every document the generated file exports, by its GraphQL name', () => {
    const exported = [...generated.matchAll(/^export const (\w+) = \{"kind":"Document"/gm)].map((m) => m[1]);
    expect(exported.length).toBeGreaterThan(0);
    expect([...documents.values()].map((d) => d.exportName).sort()).toEqual(exported.sort());
    expect(documents.get('OverviewPage')?.exportName).toBe('OverviewPageDocument');
    expect(JSON.parse(documents.get('HeadlineCard_indicator')?.ast ?? 'null')).toMatchObject({ kind: 'Document' });
  });
});

describe('inlineDocuments', () => {
  it('replaces each call by an import of that document alone, variables and all', () => {
    const source = "import { graphql } from '../gql';\nexport const Q = graphql(`\n  query OverviewPage($orgUnitCode: String!) { x }\n`);\n";
    const code = inlineDocuments(source, documents, 'Q.ts');
    expect(code).toContain(`import __graphql_OverviewPage from ${JSON.stringify('\0cchc-graphql-document:OverviewPage')};`);
    expect(code).toContain('export const Q = __graphql_OverviewPage;');
    expect(code).not.toMatch(/graphql\(/);
  });

  it('leaves a module without calls alone', () => {
    expect(inlineDocuments('const a = 1;', documents, 'a.ts')).toBeNull();
  });

  it('refuses a document the generated file lacks (codegen not run)', () => {
    expect(() => inlineDocuments('graphql(`query NotGenerated { x }`)', documents, 'b.ts')).toThrow(/b\.ts: no generated document for NotGenerated/);
  });
});
