// The socket limits listen() sets, on a real server on a free port: slow-header sockets are
// closed with 408 after the headers timeout, connections past the cap are closed at once, and
// idle kept-alive connections end after the keep-alive timeout.
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp, listen } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

let db: Db;
const servers: Server[] = [];

beforeAll(async () => {
  ({ db } = await createTestDb());
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(env: Record<string, string>): Promise<number> {
  const config = loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false', ...env });
  const server = await listen(createApp(db, config), 0, '127.0.0.1', config);
  servers.push(server);
  return (server.address() as { port: number }).port;
}

interface Client {
  socket: Socket;
  /** Everything received, once the server has closed the connection, and when. */
  closed: Promise<{ text: string; at: number }>;
}

/** Connects and sends `data`; the connection is never ended from this side. */
function client(port: number, data: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    // A refused connection may be reset while we write; only its closing matters here.
    socket.on('error', () => {});
    const closed = new Promise<{ text: string; at: number }>((done) => socket.on('close', () => done({ text, at: Date.now() })));
    socket.once('connect', () => {
      socket.write(data);
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

/** `promise`, or a failure after `ms`: no test waits for a socket forever. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
}

const SLOW_HEADERS = 'GET /live HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n';

it('closes slow-header sockets after the headers timeout, and refuses connections past the cap at once', async () => {
  const port = await serve({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_MAX_CONNECTIONS: '4' });
  const start = Date.now();
  const clients = [];
  for (let i = 0; i < 10; i++) clients.push(await client(port, SLOW_HEADERS));
  const ends = await within(10_000, Promise.all(clients.map((c) => c.closed)));
  const timedOut = ends.filter((e) => e.text.startsWith('HTTP/1.1 408 Request Timeout'));
  const refused = ends.filter((e) => e.text === '');
  expect([timedOut.length, refused.length]).toEqual([4, 6]);
  // The held sockets last the headers timeout (plus at most the one-second check interval).
  for (const end of timedOut) expect(end.at - start).toBeGreaterThanOrEqual(950);
  for (const end of timedOut) expect(end.at - start).toBeLessThan(5_000);
  for (const end of refused) expect(end.at - start).toBeLessThan(Math.min(...timedOut.map((e) => e.at)) - start);

  // Once they are gone, the server answers as before.
  const healthy = await client(port, 'GET /live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
  expect((await within(5_000, healthy.closed)).text).toMatch(/^HTTP\/1\.1 200 OK/);
}, 30_000);

it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
  const port = await serve({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '300' });
  const start = Date.now();
  const idle = await client(port, 'GET /live HTTP/1.1\r\nHost: localhost\r\n\r\n');
  // node:http gives the socket a second's grace past the timeout; its default (5 s) would not end within this.
  const end = await within(4_000, idle.closed);
  expect(end.text).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(end.at - start).toBeGreaterThanOrEqual(250);
}, 30_000);

it('refuses a headers timeout longer than the request timeout', () => {
  expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '60000', HTTP_REQUEST_TIMEOUT_MS: '30000' })).toThrow(
    'HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS',
  );
  expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: '0' })).toThrow('HTTP_MAX_CONNECTIONS');
});

it('closes a connection on which nothing moves (a client that sends nothing, or stops reading) after the idle timeout', async () => {
  const port = await serve({ HTTP_IDLE_TIMEOUT_MS: '500' });
  const start = Date.now();
  const silent = await client(port, '');
  const { at } = await within(5_000, silent.closed);
  expect(at - start).toBeGreaterThanOrEqual(450);
  expect(at - start).toBeLessThan(3_000);
}, 30_000);
