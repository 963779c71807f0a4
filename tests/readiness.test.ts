/**
 * `/_ready` tells a load balancer whether this instance can reach its database; `/_health` stays
 * Strapi's. The database is made unreachable for real: the pool's connections are closed and it
 * reconnects to a closed port (PostgreSQL, MariaDB) or a file in a missing folder (SQLite).
 */
import net from 'net';
import os from 'os';
import path from 'path';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom();
});
afterAll(() => pressroom?.stop());

/** A local TCP port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Closes every pooled connection and makes the pool open new ones with these settings. */
async function reconnectPool(settings: Record<string, unknown>) {
  const { client } = pressroom.strapi.db.connection as any;
  await client.destroy();
  client.connectionSettings = settings;
  client.initializePool(client.config);
}

test('answers 200 ready while the database answers; /_health stays Strapi’s', async () => {
  const ready = await pressroom.http.get('/_ready');
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({ status: 'ready' });
  expect(ready.headers['cache-control']).toBe('no-store');

  const health = await pressroom.http.get('/_health');
  expect(health.status).toBe(204);
});

test('answers 503 with the reason while the database is unreachable, and 200 again once it is back', async () => {
  const { client } = pressroom.strapi.db.connection as any;
  const reachable = { ...client.connectionSettings };
  const unreachable =
    pressroom.strapi.db.dialect.client === 'sqlite'
      ? { ...reachable, filename: path.join(os.tmpdir(), `pressroom-gone-${process.pid}`, 'data.db') }
      : { ...reachable, host: '127.0.0.1', port: await closedPort() };

  await reconnectPool(unreachable);
  try {
    const sick = await pressroom.http.get('/_ready');
    expect(sick.status).toBe(503);
    expect(sick.body.status).toBe('unavailable');
    expect(sick.body.reason).toMatch(/^the database (is unreachable$|did not answer within 2000 ms)/);
    // The process itself is up: Strapi's liveness check still says so.
    expect((await pressroom.http.get('/_health')).status).toBe(204);
  } finally {
    await reconnectPool(reachable);
  }

  const back = await pressroom.http.get('/_ready');
  expect(back.status).toBe(200);
  expect(back.body).toEqual({ status: 'ready' });
});

test('needs no credentials and is not an API route', async () => {
  const response = await pressroom.http.get('/_ready').set('Authorization', 'Bearer not-a-token');
  expect(response.status).toBe(200);
  expect((await pressroom.http.get('/api/_ready')).status).toBe(404);
});
