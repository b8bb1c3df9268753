// Executes operations with graphql-jit: each distinct operation is compiled once into a function that resolves and
// completes its fields without graphql-js's generic per-field work (getArgumentValues, completeValue, isPromise), which
// was a sixth of a large nested request's CPU. Apollo Server accepts a custom executor only through its gateway
// interface, so this is a "gateway" over the local schema.
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { handedResultOf, type LeanOperations } from './lean.js';

/** Distinct operations kept compiled (least recently used out first); clients send a handful, so this only bounds memory against a flood. */
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

/** graphql-jit's result with its errors rebuilt as GraphQLErrors (see `asGraphQLError`). */
export function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
}

/**
 * `lean`, when given, learns each query Apollo's pipeline accepted and compiled here, by the exact text and operation
 * name the client sent, so that the next request of it can take the lean path (lean.ts).
 */
export function jitGateway(schema: GraphQLSchema, lean?: LeanOperations): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery | ExecutionResult>({ max: MAX_COMPILED });
  const executor: GatewayExecutor = async (request) => {
    const sentName = request.request.operationName ?? null;
    // The lean path already ran this operation and its result has errors: Apollo formats them; nothing runs twice.
    const handed = handedResultOf(request.context, request.source, sentName);
    if (handed) return handed;
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      query = compileQuery(schema, request.document, request.operationName ?? undefined);
      compiled.set(key, query);
    }
    if (!isCompiledQuery(query)) return query;
    // Reached only past parsing, the query limits, validation and the input guard's check of the literals.
    if (lean && request.operation.operation === 'query' && request.source !== undefined && request.request.query === request.source) {
      lean.prime(request.source, sentName, { schema, document: request.document, compiled: query });
    }
    return withGraphQLErrors(await query.query(undefined, request.context, request.request.variables ?? {}));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
