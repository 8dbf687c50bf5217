// A loopback TCP proxy in front of PostgreSQL that counts the SQL statements passing through,
// by reading the frontend side of the wire protocol: each simple Query ('Q') and each Execute
// ('E') of the extended protocol is one statement run. It sees what a server really sends,
// whatever its driver or ORM, so wiregraph, the hand-written server and PostGraphile are
// counted the same way. (pg_stat_statements would need a server restart to load.)
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface CountingProxy {
  port: number;
  /** Statements seen so far, over every connection. */
  statements(): number;
  close(): Promise<void>;
}

/** Counts 'Q' and 'E' messages in one client's stream (after the untyped startup packet). */
function counter(onStatement: () => void): (chunk: Buffer) => void {
  let buffered: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    for (;;) {
      if (!started) {
        // Startup, SSLRequest or GSSENCRequest: int32 length, no type byte.
        if (buffered.length < 8) return;
        const length = buffered.readInt32BE(0);
        if (buffered.length < length) return;
        const code = buffered.readInt32BE(4);
        // An SSL or GSS request is followed by another startup packet; the real one starts typed messages.
        if (code !== 80877103 && code !== 80877104) started = true;
        buffered = buffered.subarray(length);
        continue;
      }
      if (buffered.length < 5) return;
      const length = buffered.readInt32BE(1);
      if (buffered.length < 1 + length) return;
      const type = String.fromCharCode(buffered[0]!);
      if (type === 'Q' || type === 'E') onStatement();
      buffered = buffered.subarray(1 + length);
    }
  };
}

export async function countingProxy(targetHost: string, targetPort: number): Promise<CountingProxy> {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    const count = counter(() => statements++);
    client.on('data', (chunk: Buffer) => {
      count(chunk);
      upstream.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.pipe(client);
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  return {
    port,
    statements: () => statements,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The same PostgreSQL URL, pointed at the proxy. */
export function viaProxy(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
}
