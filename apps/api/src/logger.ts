// The server's logger (pino). Nothing a client sent reaches the log whole: request bodies, variables, SQL and its
// parameters are redacted, error messages are cut, and every string is bounded so that one line stays small.
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The longest string written to the log (a 10 MB argument once made a 42 MB line). */
export const MAX_LOG_STRING = 1_000;

const clip = (s: string) => (s.length > MAX_LOG_STRING ? `${s.slice(0, MAX_LOG_STRING)}… (${s.length} chars)` : s);

function bounded(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return clip(value);
  // Errors are left to the err serializer (which runs after this formatter).
  if (value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (depth > 4) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => bounded(v, depth + 1));
  return Object.fromEntries(Object.entries(value).slice(0, 50).map(([k, v]) => [k, bounded(v, depth + 1)]));
}

/** An error as logged: class, code, a bounded message and stack; never the SQL or its parameters. */
function serializeError(err: unknown): unknown {
  if (err === null || typeof err !== 'object') return bounded(err);
  const plain = (err instanceof Error ? stdSerializers.err(err) : err) as Record<string, unknown>;
  const { sql: _sql, params: _params, parameters: _p, bindings: _b, query: _q, variables: _v, ...rest } = plain;
  // Drivers put the statement (with the input) into the message: keep its first words only.
  const message = String(rest['message'] ?? '');
  return bounded({ ...rest, message: message.length > 300 ? `${message.slice(0, 300)}…` : message });
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'cchc-api' },
    redact: {
      paths: ['req.body', 'body', 'variables', 'query', 'params', 'password', '*.password', 'token', '*.token', 'headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
    serializers: { err: serializeError, error: serializeError },
    formatters: { log: (object: Record<string, unknown>) => bounded(object) as Record<string, unknown> },
  };
  return destination ? pino(options, destination) : pino(options);
}
