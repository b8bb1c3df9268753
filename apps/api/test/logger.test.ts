// Logs never carry request bodies, variables, SQL or its parameters, and every line stays small.
import { describe, expect, it } from 'vitest';
import { createLogger, MAX_LOG_STRING } from '../src/logger.js';

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

describe('createLogger', () => {
  it('drops SQL and its parameters from a logged error and cuts its message', () => {
    const { lines, stream } = capture();
    const big = 'x'.repeat(10 * 1024 * 1024);
    const err = Object.assign(new Error(`select * from indicator where name like '%${big}%' - string or blob too big`), {
      sql: `select … ${big}`,
      params: [big],
    });
    createLogger('info', stream).error({ err }, 'unexpected error in a resolver');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(8_000);
    const logged = JSON.parse(lines[0]!) as { err: Record<string, unknown> };
    expect(logged.err['sql']).toBeUndefined();
    expect(logged.err['params']).toBeUndefined();
    expect(String(logged.err['message']).length).toBeLessThanOrEqual(301);
  });

  it('redacts bodies, variables, passwords and tokens, and bounds any other string', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info(
      { body: { query: 'q' }, variables: { password: 'p' }, password: 'secret-pw', token: 'tok', note: 'n'.repeat(50_000) },
      'request',
    );
    const line = lines[0]!;
    expect(line).not.toContain('secret-pw');
    expect(line).not.toContain('"tok"');
    expect(line.length).toBeLessThan(MAX_LOG_STRING + 1_000);
  });
});
