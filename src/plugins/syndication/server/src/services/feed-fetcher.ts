/**
 * Fetches a feed whose address press staff typed in, safely: http(s) only, public addresses
 * only (checked on every resolved IP, at every redirect, unless private networks are allowed),
 * bounded connect and total time, at most a few redirects, and a size cap counted after
 * decompression (gzip and brotli bombs stop there). Conditional GET with ETag and
 * Last-Modified. Every failure is a FeedFetchError whose message a press officer understands.
 */
import dns from 'dns';
import net from 'net';
import type { Core } from '@strapi/strapi';
import { Agent, fetch, type Response } from 'undici';
import { getConfig, type SyndicationConfig } from '../config';
import { forbiddenAddress } from '../domain/feeds/addresses';
import { FeedProblemError } from '../domain/feeds/problems';

export class FeedFetchError extends FeedProblemError {}

export interface FetchedFeed {
  status: 'ok' | 'not-modified';
  body: Buffer;
  contentType: string | null;
  /** The response's Content-Location, the base of relative links when present. */
  contentLocation: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The address the feed was finally read from, after redirects. */
  url: string;
}

/** The fetch settings of the plugin's configuration (`feeds`). */
export type FeedFetchOptions = Pick<
  SyndicationConfig['feeds'],
  'timeoutMs' | 'connectTimeoutMs' | 'maxBytes' | 'maxRedirects' | 'allowPrivateNetworks' | 'allowedAddresses' | 'userAgent'
>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Refuses an IP address the poller must not reach, saying which host led there. */
function checkAddress(host: string, ip: string, options: FeedFetchOptions) {
  if (options.allowPrivateNetworks) return;
  const reason = forbiddenAddress(ip, options.allowedAddresses);
  if (reason) {
    throw new FeedFetchError(
      `${host === ip ? ip : `${host} resolves to ${ip}, which`} is ${reason}: the poller only reads feeds on the public internet.`,
      'address.private',
      { host, ip, reason }
    );
  }
}

/** dns.lookup that refuses forbidden addresses, used by every connection the agent opens. */
function guardedLookup(options: FeedFetchOptions) {
  return (hostname: string, lookupOptions: dns.LookupOptions, callback: (...args: any[]) => void) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error);
      try {
        for (const { address } of addresses) checkAddress(hostname, address, options);
      } catch (refusal) {
        return callback(refusal);
      }
      if (lookupOptions.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** A sentence for what went wrong on the network. */
function explain(error: any, url: URL, options: FeedFetchOptions): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const cause = error?.cause ?? error;
  if (cause instanceof FeedFetchError) return cause;
  const code = cause?.code ?? error?.code;
  const host = url.hostname;
  if (
    error?.name === 'TimeoutError' ||
    error?.name === 'AbortError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return new FeedFetchError(`The feed's server (${host}) did not send the feed within ${seconds(options.timeoutMs)}.`, 'fetch.timeout', {
      host,
      seconds: options.timeoutMs / 1000,
    });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FeedFetchError(
      `The feed's server (${host}) could not be reached within ${seconds(options.connectTimeoutMs)}.`,
      'fetch.connectTimeout',
      {
        host,
        seconds: options.connectTimeoutMs / 1000,
      }
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new FeedFetchError(`The feed's server (${host}) could not be found: check the address.`, 'fetch.hostNotFound', { host });
  if (code === 'ECONNREFUSED') return new FeedFetchError(`The feed's server (${host}) refused the connection.`, 'fetch.refused', { host });
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return new FeedFetchError(`The feed's server (${host}) closed the connection.`, 'fetch.closed', { host });
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) {
    return new FeedFetchError(`The HTTPS certificate of ${host} is not valid (${code}).`, 'fetch.certificate', { host, code });
  }
  const reason = String(cause?.message ?? error?.message ?? error);
  return new FeedFetchError(`The feed could not be fetched from ${host}: ${reason}.`, 'fetch.failed', { host, reason });
}

/** Reads the (decompressed) body, stopping as soon as it exceeds the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  const compressed = Boolean(response.headers.get('content-encoding'));
  if (!compressed && Number.isFinite(declared) && declared > maxBytes) {
    throw new FeedFetchError(
      `The feed is larger than ${megabytes(maxBytes)} (${megabytes(declared)}); the poller reads at most ${megabytes(maxBytes)}.`,
      'fetch.tooLarge',
      {
        megabytes: maxBytes / 1024 / 1024,
      }
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(
        `The feed is larger than ${megabytes(maxBytes)} after decompression; the poller reads at most ${megabytes(maxBytes)}.`,
        'fetch.tooLarge',
        {
          megabytes: maxBytes / 1024 / 1024,
        }
      );
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function fetchFeed(
  address: string,
  validators: { etag?: string | null; lastModified?: string | null },
  options: FeedFetchOptions
): Promise<FetchedFeed> {
  const agent = new Agent({ connect: { timeout: options.connectTimeoutMs, lookup: guardedLookup(options) as any } });
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FeedFetchError(`The feed address "${address}" is not a web address.`, 'address.invalid', { address });
  }

  try {
    for (let redirects = 0; ; redirects += 1) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FeedFetchError(`The feed address must start with http:// or https:// (got ${url.protocol}).`, 'address.protocol', {
          protocol: url.protocol,
        });
      }
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (net.isIP(host)) checkAddress(host, host, options);

      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept:
          'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;

      let response: Response;
      try {
        response = await fetch(url, { dispatcher: agent, redirect: 'manual', signal, headers });
      } catch (error) {
        throw explain(error, url, options);
      }

      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location)
          throw new FeedFetchError(`The feed's server answered ${response.status} without saying where to go.`, 'http.noLocation', {
            status: response.status,
          });
        if (redirects + 1 > options.maxRedirects) {
          throw new FeedFetchError(
            `The feed redirected more than ${options.maxRedirects} times; the poller gives up there.`,
            'http.tooManyRedirects',
            { max: options.maxRedirects }
          );
        }
        url = new URL(location, url);
        continue;
      }

      const common = {
        contentType: response.headers.get('content-type'),
        contentLocation: response.headers.get('content-location'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        url: url.toString(),
      };
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { status: 'not-modified', body: Buffer.alloc(0), ...common };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new FeedFetchError(`The feed's server answered ${response.status} ${response.statusText || ''}`.trim() + '.', 'http.status', {
          status: response.status,
        });
      }
      try {
        return { status: 'ok', body: await readCapped(response, options.maxBytes), ...common };
      } catch (error) {
        throw explain(error, url, options);
      }
    }
  } finally {
    await agent.close().catch(() => undefined);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The plugin's fetch settings, from its configuration. */
  options(): FeedFetchOptions {
    // Every fetch setting is a field of the feeds configuration: pass it as it is.
    return getConfig(strapi).feeds;
  },

  fetch(address: string, validators: { etag?: string | null; lastModified?: string | null }) {
    return fetchFeed(address, validators, this.options());
  },
});
