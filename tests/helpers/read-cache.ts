/** Reading through the read cache in tests: what X-Read-Cache said, a Redis prefix per test file, a purge receiver. */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import type request from 'supertest';

type Http = ReturnType<typeof request>;

/** A Redis key prefix of this test file's own, removed by `clearRedisPrefix`. */
export const redisPrefixForThisFile = (name: string) =>
  `pressroom-test:${process.env.PRESSROOM_TEST_RUN ?? 'local'}:${name}:${process.pid}:${Date.now()}:`;

export async function clearRedisPrefix(url: string, prefix: string) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

export async function countRedisKeys(url: string, prefix: string) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}*`);
    return keys.length;
  } finally {
    await redis.quit();
  }
}

/** Reads a URL until the read cache answers it from the cache (at most three reads). */
export async function primed(http: Http, url: string, headers: Record<string, string> = {}) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await http.get(url).set(headers);
    if (response.headers['x-read-cache'] === 'hit') return response;
  }
  throw new Error(`${url} was never answered from the read cache`);
}

export interface PurgeCall {
  surrogateKey: string;
  tags: string[];
  authorization: string | undefined;
}

/** A CDN's purge API on 127.0.0.1: records each call; `failFirst` answers the first calls 500. */
export async function startPurgeReceiver({ failFirst = 0 } = {}) {
  const calls: PurgeCall[] = [];
  let refused = 0;
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (refused < failFirst) {
        refused += 1;
        res.writeHead(500).end();
        return;
      }
      calls.push({
        surrogateKey: String(req.headers['surrogate-key']),
        tags: JSON.parse(body).tags,
        authorization: req.headers.authorization,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`,
    calls,
    get refused() {
      return refused;
    },
    /** Resolves with the first call naming `tag`; fails after `patience` calls without it. */
    async callNaming(tag: string, patience = 20): Promise<PurgeCall> {
      for (let heard = 0; heard <= patience; heard += 1) {
        const call = calls.find((candidate) => candidate.tags.includes(tag));
        if (call) return call;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      throw new Error(`no purge call named ${tag} (calls: ${JSON.stringify(calls)})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
