// A PostgreSQL wire-protocol pass-through that counts the statements clients execute (pg_stat_statements is not
// installed here). It counts Query ('Q') and Execute ('E') messages from client to server; used only in a separate
// counting pass, never while latency or throughput is measured.
import net from 'node:net';

export interface StatementCounter {
  port: number;
  count(): number;
  reset(): void;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startStatementCounter(upstreamHost: string, upstreamPort: number): Promise<StatementCounter> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let buffer: Buffer = Buffer.alloc(0);
    let startup = true;
    client.on('data', (data: Buffer) => {
      upstream.write(data);
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      for (;;) {
        if (startup) {
          // The startup, SSL and GSSAPI requests carry no type byte: int32 length, int32 code.
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0] as number);
        if (type === 'Q' || type === 'E') statements++;
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    const close = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('statement counter: no port');
  return {
    port: address.port,
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
