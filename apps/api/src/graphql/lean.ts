// The lean path for repeated queries (issue 12): a POST whose exact query text (and operation name) Apollo has already
// parsed, validated against the query limits, checked for literal strings and compiled with graphql-jit (jit.ts) is
// run here, before Express and Apollo's request pipeline, and its answer sent in one socket write. Every check those
// make on a known document is kept: CSRF prevention (only `Content-Type: application/json`, which Apollo's rule always
// lets through), the body parser's limits and strictness (a body read here is at most 1 MiB of UTF-8 JSON, an object
// or an array), helmet's headers, the input guard on the variables, auth and the lazy context (the same context
// function as Apollo's), the answer's content type (Apollo's own negotiation, by the same library). Anything else —
// a first sight, a mutation, a GET, an `extensions` field, a refused variable — goes to Express and Apollo unchanged. An
// answer with errors is not written here: the result is handed to Apollo (jit.ts runs no operation twice), whose
// formatError, status codes and logging then apply as for any other request.
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { bodyRefusal } from '../security/http.js';
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

/** Answers up to this many characters are sent with their head in one write() (see `send`). */
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

/** The request, when the body is a query text with optional variables and operation name; else null. */
function leanRequestOf(body: unknown): LeanRequest | null {
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

/** The largest body the lean path reads itself (declared by Content-Length): W1 over 5,000 communes is ~150 KB. */
const MAX_LEAN_BODY = 1024 * 1024;

/** `application/json`, alone or with `charset=utf-8`: what the lean path decodes as the body parser would. */
function isPlainJson(contentType: string | undefined): boolean {
  if (!isJson(contentType)) return false;
  const params = contentType!.slice(contentType!.indexOf(';') + 1);
  return !contentType!.includes(';') || /^\s*charset\s*=\s*"?utf-8"?\s*$/i.test(params);
}

/** The body of a request whose Content-Length was checked, as text (a byte-order mark dropped, as the body parser does). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.once('error', reject);
  });
}

export interface LeanFrontOptions<C> {
  operations: LeanOperations;
  /** The context function Apollo's middleware uses too. */
  context: (req: IncomingMessage, res: ServerResponse) => Promise<C>;
  convertErrors: (result: ExecutionResult) => ExecutionResult;
  /** Per request passed on with a result: the context (carrying it) that Apollo's context function must return. */
  handOver: WeakMap<IncomingMessage, C>;
  /** The headers every answer carries (helmet's, computed once). */
  headers: readonly (readonly [string, string])[];
}

/**
 * In front of Express: a POST of `/graphql` with a JSON body of a declared length up to MAX_LEAN_BODY is read here
 * (Express's router, helmet and the body parser cost a W2 request a third of its server CPU, and Express's
 * prototype swap of the request and response slows every later access to them). A query Apollo accepted before is run
 * and answered here; any other body is handed to Express as `req.body` (the body parser skips a request already read)
 * and on to Apollo. A request this does not read (another method, path, content type or encoding, no length, a larger
 * body) goes to Express untouched.
 */
export function leanFront<C extends object>(options: LeanFrontOptions<C>) {
  const { operations, handOver } = options;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'POST' || req.url !== '/graphql' || !isPlainJson(req.headers['content-type'])) return next();
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return next();
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length <= 0 || length > MAX_LEAN_BODY) return next();
    readBody(req).then(
      (text) => {
        let body: unknown;
        // The body parser's strict mode: an object or an array, nothing else.
        const first = /\S/.exec(text)?.[0];
        try {
          if (first !== '{' && first !== '[') throw new SyntaxError('not an object or array');
          body = JSON.parse(text);
        } catch {
          const refusal = bodyRefusal(400, 'entity.parse.failed');
          send(res, options.headers, refusal.status, 'application/json; charset=utf-8', refusal.body);
          return;
        }
        (req as IncomingMessage & { body?: unknown }).body = body;
        const request = leanRequestOf(body);
        const operation = request && operations.find(request.query, request.operationName);
        if (!request || !operation) return next();
        // Apollo refuses (406) an Accept it cannot answer, and words it: such a request goes to Apollo.
        const contentType = req.headers.accept ? new Negotiator(req).mediaType(SINGLE_RESULT_TYPES) : SINGLE_RESULT_TYPES[0];
        if (!contentType) return next();
        try {
          checkRequestStrings(operation.schema, operation.document, request.variables);
        } catch {
          // Apollo runs the same check and words the refusal.
          return next();
        }
        return run(req, res, next, request, operation, contentType);
      },
      // The client went away mid-body: nothing to answer.
      () => req.socket.destroy(),
    ).catch(() => {
      // Nothing above is expected to throw; if it does, the answer is a masked 500.
      if (!res.headersSent) send(res, options.headers, 500, 'application/json; charset=utf-8', bodyRefusal(500, 'internal').body);
    });
  };

  async function run(req: IncomingMessage, res: ServerResponse, next: () => void, request: LeanRequest, operation: LeanOperation, contentType: string) {
    let contextValue: C;
    try {
      contextValue = await options.context(req, res);
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
      result = options.convertErrors(await operation.compiled.query(undefined, contextValue, request.variables));
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
    send(res, options.headers, 200, contentType, json);
    operations.answered += 1;
  }
}

/**
 * An answer with the headers every answer carries. Node sends the head and a string body in one write(), a Buffer
 * body with a writev() of two: on loopback the socket call was a tenth of a W1 or W2 answer's CPU. A large answer
 * (W3: 311 KiB) costs more to copy into the head than the call saves, so it goes as one Buffer.
 */
function send(res: ServerResponse, headers: LeanFrontOptions<unknown>['headers'], status: number, contentType: string, json: string): void {
  const body = json.length <= ONE_WRITE_MAX_CHARS ? json : Buffer.from(json);
  res.statusCode = status;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}
