// One check on every string a request carries — literal arguments in the document and variables, at any depth —
// before any resolver or SQL runs: no NUL character, and no string longer than its argument's limit. Services still
// validate their own fields (zod) with tighter limits; this is the floor under all of them.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { GraphQLError } from 'graphql';
import { NAME_SEARCH_LIMITS } from '@cchc/domain';

/** Characters allowed in one string unless its coordinate says otherwise. */
export const DEFAULT_MAX_STRING = 2_000;

/** Longer limits, by argument ("Mutation.importAppendix(contentBase64)") or input field ("SaveQueryInput.query"). */
export const STRING_LIMITS: Record<string, number> = {
  'Mutation.importAppendix(contentBase64)': 10 * 1024 * 1024,
  // A report document of up to 10 MB (report-reading.service.ts READ_LIMITS) as base64.
  'Mutation.readReportDocument(contentBase64)': 14 * 1024 * 1024,
  'Mutation.acceptReportReading(contentBase64)': 14 * 1024 * 1024,
  'SaveQueryInput.query': 20_000,
  // Shorter: a name typed into a search box, compared on every keystroke.
  'Query.orgUnitSearch(text)': NAME_SEARCH_LIMITS.textMax,
};

/** Variables not used by any argument (or of a JSON scalar) are bounded by the largest limit. */
const MAX_ANY_STRING = Math.max(DEFAULT_MAX_STRING, ...Object.values(STRING_LIMITS));

function refuse(message: string, path: string, reason: 'NUL_CHARACTER' | 'TOO_LONG', extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: path, reason, params: { field: path, ...extra }, ...extra, http: { status: 400 } },
  });
}

function checkString(value: string, limit: number, path: string): void {
  if (value.includes('\u0000')) throw refuse(`${path}: contains a NUL character`, path, 'NUL_CHARACTER');
  if (value.length > limit) {
    throw refuse(`${path}: ${value.length} characters, at most ${limit} allowed`, path, 'TOO_LONG', { limit, length: value.length });
  }
}

/** Walks a runtime value (a variable) along its input type. */
function checkValue(value: unknown, type: GraphQLInputType | null, limit: number, path: string): void {
  if (typeof value === 'string') return checkString(value, limit, path);
  if (value === null || typeof value !== 'object') return;
  const nullable = type ? getNullableType(type) : null;
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : null;
    value.forEach((v, i) => checkValue(v, item, item ? limit : MAX_ANY_STRING, `${path}.${i}`));
    return;
  }
  const named = nullable ? getNamedType(nullable) : null;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    checkString(key, 200, `${path}.${key.slice(0, 40)}`);
    if (named && isInputObjectType(named)) {
      const field = named.getFields()[key];
      checkValue(v, field ? field.type : null, STRING_LIMITS[`${named.name}.${key}`] ?? DEFAULT_MAX_STRING, `${path}.${key}`);
    } else {
      checkValue(v, null, MAX_ANY_STRING, `${path}.${key}`);
    }
  }
}

/** Literal values in the document (strings, and strings inside object/list literals). */
function checkLiteral(node: ValueNode, type: GraphQLInputType | null, limit: number, path: string): void {
  if (node.kind === Kind.STRING) return checkString(node.value, limit, path);
  const nullable = type ? getNullableType(type) : null;
  if (node.kind === Kind.LIST) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : null;
    node.values.forEach((v, i) => checkLiteral(v, item, limit, `${path}.${i}`));
  } else if (node.kind === Kind.OBJECT) {
    const named = nullable ? getNamedType(nullable) : null;
    for (const f of node.fields) {
      const field = named && isInputObjectType(named) ? named.getFields()[f.name.value] : undefined;
      const fieldLimit = named ? (STRING_LIMITS[`${named.name}.${f.name.value}`] ?? DEFAULT_MAX_STRING) : DEFAULT_MAX_STRING;
      checkLiteral(f.value, field ? field.type : null, fieldLimit, `${path}.${f.name.value}`);
    }
  }
}

type VariableLimits = Map<string, { type: GraphQLInputType | null; limit: number; path: string }>;

/**
 * A document's literals are checked, and its variables' limits found, once: Apollo hands the same parsed document to
 * every request of one query text, so a repeated query costs only the check of its variables.
 */
const checkedDocuments = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, VariableLimits>>();

/** Throws BAD_USER_INPUT for the first string that breaks a rule. */
export function checkRequestStrings(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  let bySchema = checkedDocuments.get(schema);
  if (!bySchema) checkedDocuments.set(schema, (bySchema = new WeakMap()));
  let variableLimits = bySchema.get(document);
  if (!variableLimits) {
    // A document with a bad literal throws here and is never kept: it is refused the same way each time.
    variableLimits = checkLiterals(schema, document);
    bySchema.set(document, variableLimits);
  }
  for (const [name, value] of Object.entries(variables)) {
    const known = variableLimits.get(name);
    checkValue(value, known?.type ?? null, known?.limit ?? MAX_ANY_STRING, known?.path ?? `$${name.slice(0, 40)}`);
  }
}

/** Checks the literal strings of a document, and returns where each variable is used (its type, limit and path). */
function checkLiterals(schema: GraphQLSchema, document: DocumentNode): VariableLimits {
  const typeInfo = new TypeInfo(schema);
  // Each variable is checked along the type, limit and argument path of the place it is used in.
  const variableLimits: VariableLimits = new Map();
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          path.splice(0, path.length, node.name.value);
          const arg = typeInfo.getArgument();
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const coordinate = parent && field ? `${parent.name}.${field.name}(${node.name.value})` : node.name.value;
          const limit = STRING_LIMITS[coordinate] ?? DEFAULT_MAX_STRING;
          if (node.value.kind === Kind.VARIABLE) {
            variableLimits.set(node.value.name.value, { type: arg?.type ?? null, limit, path: node.name.value });
          } else {
            checkLiteral(node.value, arg?.type ?? null, limit, node.name.value);
          }
        },
        leave() {
          path.length = 0;
        },
      },
      ObjectField: {
        enter(node) {
          path.push(node.name.value);
          // A variable inside an input object literal: its limit is the input field's.
          if (node.value.kind !== Kind.VARIABLE) return;
          const parentInput = typeInfo.getParentInputType();
          const named = parentInput ? getNamedType(parentInput) : null;
          const limit = named ? (STRING_LIMITS[`${named.name}.${node.name.value}`] ?? DEFAULT_MAX_STRING) : DEFAULT_MAX_STRING;
          variableLimits.set(node.value.name.value, { type: typeInfo.getInputType() ?? null, limit, path: path.join('.') });
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return variableLimits;
}

/** The Apollo plugin: runs the check once the operation is parsed and validated, before execution. */
export function inputGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          checkRequestStrings(schema, document, request.variables ?? {});
        },
      };
    },
  };
}
