/**
 * The purge call to a CDN (READ_CACHE_PURGE_URL): the surrogate keys of a change, POSTed as
 * `{"tags": [...]}` with a `Surrogate-Key` header (Cloudflare and Fastly read one or the other),
 * retried with growing pauses, in the background: an editor's save never waits for it.
 */
import type { ReadCacheConfig } from './domain/config';

type PurgeSettings = NonNullable<ReadCacheConfig['purge']>;

interface Log {
  warn(message: string): void;
  debug(message: string): void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export async function sendPurge(settings: PurgeSettings, keys: string[], log: Log): Promise<boolean> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'surrogate-key': keys.join(' ') };
  if (settings.token) headers.authorization = `Bearer ${settings.token}`;
  let problem = '';
  for (let attempt = 1; attempt <= settings.attempts; attempt += 1) {
    try {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ tags: keys }),
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (response.ok) return true;
      problem = `HTTP ${response.status}`;
    } catch (error) {
      problem = (error as Error).message;
    }
    log.debug(`[read-cache] purge attempt ${attempt} of ${settings.attempts} failed: ${problem}`);
    if (attempt < settings.attempts) await pause(settings.retryMs * 2 ** (attempt - 1));
  }
  log.warn(
    `[read-cache] the CDN purge of ${keys.join(' ')} failed ${settings.attempts} times (${problem}); those answers stay until they expire.`
  );
  return false;
}
