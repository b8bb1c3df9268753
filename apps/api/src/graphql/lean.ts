// The lean path for repeated queries (issue 12): a POST whose exact query text (and operation name) Apollo has already
// parsed, validated against the query limits, checked for literal strings and compiled with graphql-jit (jit.ts) is
// run here, before Apollo's request pipeline, and its answer sent in one socket write. Every check that pipeline makes on
// a known document is kept: CSRF prevention (only `Content-Type: application/json`, which Apollo's rule always lets
// through), the body limit (the body parser ran before), the input guard on the variables, auth and the lazy context
// (the same context function as Apollo's), the answer's content type (the same negotiation as Apollo's). Anything
// else — a first sight, a mutation, a GET, an `extensions` field, a refused variable — goes to Apollo unchanged. An
// answer with errors is not written here: the result is handed to Apollo (jit.ts runs no operation twice), whose
// formatError, status codes and logging then apply as for any other request.
import { LRUCache } from 'lru-cache';
import type { Request, RequestHandler, Response } from 'express';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { checkRequestStrings } from '../security/input-guard.js';

/** A query Apollo accepted once: the document it validated and the function graphql-jit compiled from it. */
export interface LeanOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  compiled: CompiledQuery;
}

/**
 * What the lean path ran, handed to Apollo's pipeline when the result has errors or the run threw (see
 * `handedResultOf`): Apollo then answers as if its executor had returned that result or thrown that error.
 */
export type HandedResult = { query: string; operationName: string | null } & ({ result: ExecutionResult } | { thrown: unknown });

/** The context's property that carries a handed result (a symbol: Apollo copies the context's own properties). */
export const HANDED_RESULT = Symbol('lean path result');

/** Distinct query texts kept: clients send a handful; this only bounds memory against a flood of distinct ones. */
const MAX_OPERATIONS = 500;
/** A longer text is never kept (the web app's largest document is a few KiB): 500 of them stay under 50 MB. */
const MAX_QUERY_CHARS = 100_000;

/** Queries Apollo accepted, by exact text and then operation name (`''` for none). */
export class LeanOperations {
  private readonly byText = new LRUCache<string, Map<string, LeanOperation>>({ max: MAX_OPERATIONS });
  /** Answers the lean path wrote itself (tests read it to tell which path answered). */
  answered = 0;

  /** Called by the executor once Apollo's pipeline has accepted the document (parse, limits, validation, guard). */
  prime(query: string, operationName: string | null, operation: LeanOperation): void {
    if (query.length > MAX_QUERY_CHARS) return;
    let byName = this.byText.get(query);
    if (!byName) this.byText.set(query, (byName = new Map()));
    byName.set(operationName ?? '', operation);
  }

  find(query: string, operationName: string | null): LeanOperation | undefined {
    return this.byText.get(query)?.get(operationName ?? '');
  }

  get size(): number {
    return this.byText.size;
  }
}

/** Answers up to this many characters are sent with their head in one write() (see `run`). */
const ONE_WRITE_MAX_CHARS = 64 * 1024;

/** The answer types Apollo offers for a single result, in its order of preference (ApolloServer.ts MEDIA_TYPES). */
const SINGLE_RESULT_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** `Content-Type: application/json` (any parameters): a type browsers cannot send cross-site without a preflight. */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface LeanRequest {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

/** The request, when it is a plain POST of a query text with optional variables and operation name; else null. */
function leanRequestOf(req: Request): LeanRequest | null {
  if (req.method !== 'POST' || !isJson(req.headers['content-type'])) return null;
  const body: unknown = req.body;
  if (!isRecord(body) || typeof body['query'] !== 'string') return null;
  const { query, variables, operationName, extensions } = body;
  if (extensions !== undefined && extensions !== null) return null;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  return { query, operationName: operationName ?? null, variables: variables ?? {} };
}

/**
 * The result the lean path ran for this operation, if the context carries one (read by the executor in jit.ts); throws
 * what the lean path's run threw.
 */
export function handedResultOf(context: unknown, query: string | undefined, operationName: string | null): ExecutionResult | undefined {
  const handed = (context as { [HANDED_RESULT]?: HandedResult } | undefined)?.[HANDED_RESULT];
  if (!handed || handed.query !== query || handed.operationName !== operationName) return undefined;
  if ('thrown' in handed) throw handed.thrown;
  return handed.result;
}

/**
 * The middleware, placed after the body parser and before Apollo's. `context` is the function Apollo's middleware
 * uses; `handOver` keeps, per request, the context (carrying the result) that Apollo's context function must return
 * for a request passed on with a result.
 */
export function leanGraphQL<C extends object>(
  operations: LeanOperations,
  context: (req: Request, res: Response) => Promise<C>,
  convertErrors: (result: ExecutionResult) => ExecutionResult,
  handOver: WeakMap<Request, C>,
): RequestHandler {
  return (req, res, next) => {
    const request = leanRequestOf(req);
    const operation = request && operations.find(request.query, request.operationName);
    if (!request || !operation) return next();
    // Apollo refuses (406) an Accept it cannot answer: such a request goes to Apollo.
    // Express would rewrite the third type's parameter name (callbackspec): that rare type is left to Apollo too.
    const contentType = req.headers.accept ? req.accepts(SINGLE_RESULT_TYPES) : SINGLE_RESULT_TYPES[0];
    if (!contentType || contentType === SINGLE_RESULT_TYPES[2]) return next();
    try {
      checkRequestStrings(operation.schema, operation.document, request.variables);
    } catch {
      // Apollo runs the same check and words the refusal.
      return next();
    }
    // Nothing below is expected to throw; if it does, Express's error handler answers 500 without details.
    run(req, res, next, request, operation, contentType).catch(next);
  };

  async function run(req: Request, res: Response, next: (err?: unknown) => void, request: LeanRequest, operation: LeanOperation, contentType: string) {
    let contextValue: C;
    try {
      contextValue = await context(req, res);
    } catch {
      // Apollo answers a failed context ("Context creation failed") in its words.
      return next();
    }
    const handOn = (outcome: { result: ExecutionResult } | { thrown: unknown }) => {
      const handed: HandedResult = { query: request.query, operationName: request.operationName, ...outcome };
      Object.assign(contextValue, { [HANDED_RESULT]: handed });
      handOver.set(req, contextValue);
      next();
    };
    let result: ExecutionResult;
    try {
      result = convertErrors(await operation.compiled.query(undefined, contextValue, request.variables));
    } catch (thrown) {
      // Apollo masks and logs it as it would a throw from its executor.
      return handOn({ thrown });
    }
    if (result.errors?.length) return handOn({ result });
    // Apollo's answer to a result without errors: `{"data":…}` and a newline (runHttpQuery.ts prettyJSONStringify).
    let json: string;
    try {
      json = `${JSON.stringify({ data: result.data })}\n`;
    } catch {
      // A value JSON cannot write: Apollo fails on it the same way and answers in its words.
      return handOn({ result });
    }
    // Node sends the head and a string body in one write(), a Buffer body with a writev() of two: on loopback the
    // socket call was a tenth of a W1 or W2 answer's CPU. A large answer (W3: 311 KiB) costs more to copy into the head
    // than the call saves, so it goes as one Buffer.
    const body = json.length <= ONE_WRITE_MAX_CHARS ? json : Buffer.from(json);
    res.statusCode = 200;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    res.end(body);
    operations.answered += 1;
  }
}
