// Executes operations with graphql-jit: each distinct operation is compiled once into a function that resolves and
// completes its fields without graphql-js's generic per-field work (getArgumentValues, completeValue, isPromise), which
// was a sixth of a large nested request's CPU. Apollo Server accepts a custom executor only through its gateway
// interface, so this is a "gateway" over the local schema. The compiled operation's serializer (fast-json-stringify
// over a JSON schema of exactly the fields asked for) writes a successful answer, through Apollo's `stringifyResult`.
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; clients send a handful, so this only bounds memory against a flood. */
const MAX_COMPILED = 500;

type GatewayInterface = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

type JitError = { message: string; path?: readonly (string | number)[]; locations?: unknown; originalError?: Error; extensions?: Record<string, unknown> };

/**
 * graphql-jit reports errors with its own error class (a GraphQLError by prototype, without its fields: no extensions,
 * no nodes), which Apollo and formatError then misread — a client's bad variables came out as an internal error. A
 * pathless error is the request's variables failing their types, the client's to fix (as graphql-js reports it).
 */
function asGraphQLError(error: unknown): GraphQLError {
  const e = error as JitError;
  const converted = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError,
    extensions: e.path ? e.extensions : { code: 'BAD_USER_INPUT', ...e.extensions },
  });
  if (e.locations) Object.assign(converted, { locations: e.locations });
  return converted;
}

type Serializer = (result: { data: unknown }) => string;

/**
 * Compiled with its own serializer where graphql-jit can describe every field in JSON schema; an operation that
 * selects a custom scalar (DateTimeISO, JSONObject) is compiled without one and written by JSON.stringify.
 */
function compile(schema: GraphQLSchema, request: Parameters<GatewayExecutor>[0]): CompiledQuery | ExecutionResult {
  const operationName = request.operationName ?? undefined;
  try {
    const query = compileQuery(schema, request.document, operationName, { customJSONSerializer: true });
    if (isCompiledQuery(query)) return query;
  } catch {
    // fall through: compiled below without a serializer of its own
  }
  const query = compileQuery(schema, request.document, operationName);
  if (isCompiledQuery(query)) query.stringify = JSON.stringify;
  return query;
}

export interface JitExecution {
  gateway: GatewayInterface;
  /** Apollo's `stringifyResult`: an answer without errors by its operation's compiled serializer, else JSON.stringify. */
  stringifyResult(value: FormattedExecutionResult): string;
}

export function jitExecution(schema: GraphQLSchema): JitExecution {
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();
  // The answer's data object (Apollo passes it on as it is) → the serializer of the operation that made it.
  const serializers = new WeakMap<object, Serializer>();
  const executor: GatewayExecutor = async (request) => {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      query = compile(schema, request);
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, query);
    }
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    if (result.errors) return { ...result, errors: result.errors.map(asGraphQLError) };
    if (result.data && query.stringify !== JSON.stringify) serializers.set(result.data, query.stringify as Serializer);
    return result;
  };
  return {
    gateway: {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      load: async () => ({ executor }),
      stop: async () => undefined,
    },
    stringifyResult(value) {
      const serializer = value.data && !value.errors && !value.extensions ? serializers.get(value.data) : undefined;
      // Apollo's own serializer adds the newline too (prettyJSONStringify).
      return `${serializer ? serializer({ data: value.data }) : JSON.stringify(value)}\n`;
    },
  };
}
