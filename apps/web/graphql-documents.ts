// A build step (issue 12): each `graphql(`…`)` call becomes an import of a module holding that one document, so a
// chunk carries only the documents its code uses. Left as calls, every call goes through src/gql/gql.ts's map of all
// the app's documents, and even imports from src/gql/graphql.ts keep every document in one shared chunk (a module is
// never split between chunks): ~300 KB of ASTs on every page's critical path. This does what GraphQL Code
// Generator's babel plugin does, plus one module per document. Types are unaffected: TypeScript still reads the calls.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/** `graphql(` followed by one template literal without substitutions (`$` of a GraphQL variable is fine). */
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
/**
 * A generated document, one line: `export const OverviewPageDocument = {"kind":"Document","definitions":[{…
 * "name":{"kind":"Name","value":"OverviewPage"}…} as unknown as DocumentNode<…>;`.
 */
const EXPORT =
  /^export const (\w+) = (\{"kind":"Document","definitions":\[\{"kind":"(?:OperationDefinition|FragmentDefinition)",(?:"operation":"\w+",)?"name":\{"kind":"Name","value":"(\w+)"\}.*\}) as unknown as DocumentNode<[\w, ]+>;$/gm;
const PREFIX = '\0cchc-graphql-document:';

export interface GeneratedDocument {
  /** The generated export's name, e.g. `OverviewPageDocument`, `HeadlineCard_IndicatorFragmentDoc`. */
  exportName: string;
  /** The document's AST as JSON. */
  ast: string;
}

/** The generated documents of src/gql/graphql.ts, by their operation's or fragment's GraphQL name. */
export function generatedDocuments(generated: string): Map<string, GeneratedDocument> {
  const byName = new Map<string, GeneratedDocument>();
  for (const match of generated.matchAll(EXPORT)) byName.set(match[3] as string, { exportName: match[1] as string, ast: match[2] as string });
  return byName;
}

/**
 * The module's source with every `graphql(`…`)` call replaced by the document it names, imported from that document's
 * own module; null when the module makes no such call. A call naming a document the generated file lacks is an error
 * (run `pnpm codegen`), never a silent fallback to the map.
 */
export function inlineDocuments(source: string, documents: Map<string, GeneratedDocument>, file: string): string | null {
  const used = new Set<string>();
  const code = source.replace(CALL, (_call, text: string) => {
    const [first] = parse(text).definitions;
    const name = first && 'name' in first ? first.name?.value : undefined;
    if (!name || !documents.has(name)) throw new Error(`${file}: no generated document for ${name ?? 'an unnamed definition'} — run pnpm codegen`);
    used.add(name);
    return `__graphql_${name}`;
  });
  if (used.size === 0) return null;
  const imports = [...used].map((name) => `import __graphql_${name} from ${JSON.stringify(PREFIX + name)};\n`).join('');
  return imports + code;
}

export function graphqlDocuments(artifactDirectory = 'src/gql'): Plugin {
  let generatedDir = '';
  let documents = new Map<string, GeneratedDocument>();
  return {
    name: 'cchc-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      generatedDir = path.resolve(config.root, artifactDirectory);
      documents = generatedDocuments(readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8'));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const document = documents.get(id.slice(PREFIX.length));
      return document ? `export default ${document.ast};\n` : null;
    },
    transform(source, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.tsx?$/.test(file) || file.includes('/node_modules/') || path.dirname(file) === generatedDir) return null;
      if (!source.includes('graphql(')) return null;
      const code = inlineDocuments(source, documents, file);
      return code === null ? null : { code, map: null };
    },
  };
}
