// A figure never leaves the explorer without saying whether it is synthetic: before the reader's query is sent, every
// selection of a type that carries `synthetic` (an observation, a comparison cell, a ranking entry, a series point)
// and asks for its figure (`value` or `raw`) also asks for `synthetic`, so the result, and the CSV and XLSX made from
// it, have that column beside the figures.
import { Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type FieldNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';

const FIGURE_FIELDS = new Set(['value', 'raw']);
const FLAG = 'synthetic';

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/**
 * `query` with `synthetic` added where a figure is selected without it; the query as it was when it does not parse
 * (the server then says why) or needs nothing added.
 */
export function withSyntheticFlags(query: string, schema: GraphQLSchema): string {
  let document;
  try {
    document = parse(query);
  } catch {
    return query;
  }
  const typeInfo = new TypeInfo(schema);
  let added = false;
  const edited = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet: {
        leave(node: SelectionSetNode) {
          const parent = typeInfo.getParentType();
          if (!parent || !('getFields' in parent) || !(FLAG in parent.getFields())) return undefined;
          const fields = node.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
          if (!fields.some((f) => FIGURE_FIELDS.has(f.name.value))) return undefined;
          // Already asked for, or its name taken by an alias of another field: left as the reader wrote it.
          if (fields.some((f) => f.name.value === FLAG || responseKey(f) === FLAG)) return undefined;
          added = true;
          const flag: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: FLAG } };
          return { ...node, selections: [...node.selections, flag] };
        },
      },
    }),
  );
  return added ? print(edited) : query;
}
