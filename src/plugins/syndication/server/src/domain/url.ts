/**
 * The identity of a material's address. Two addresses that a reader would open as the same
 * page get the same key: scheme (http ≡ https), case of the host, `www.`, default ports,
 * fragments, a trailing slash, tracking parameters and the order of query parameters do not
 * matter.
 */
import { createHash } from 'crypto';

/** Query parameters that only say how the reader arrived. `utm_*` is matched as a prefix. */
export const DEFAULT_TRACKING_PARAMETERS = [
  'utm_*',
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'msclkid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_openstat',
  'from',
  'ref',
  'ref_src',
  'ref_url',
  'spm',
  'share',
  'fromshare',
  'smid',
];

export const MAX_URL_LENGTH = 2048;

const DEFAULT_PORTS = new Set(['', '80', '443']);

const trackingMatcher = (parameters: string[]) => {
  const exact = new Set(parameters.filter((name) => !name.endsWith('*')).map((name) => name.toLowerCase()));
  const prefixes = parameters.filter((name) => name.endsWith('*')).map((name) => name.slice(0, -1).toLowerCase());
  return (name: string) => {
    const lower = name.toLowerCase();
    return exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix));
  };
};

/**
 * The canonical form of a web address, without its scheme (`xinhuanet.com/a?b=1`), or null
 * when the text is not an http(s) address.
 */
export function canonicalUrl(address: string, trackingParameters = DEFAULT_TRACKING_PARAMETERS): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;

  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (!host) return null;
  const port = DEFAULT_PORTS.has(url.port) ? '' : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, '');

  const isTracking = trackingMatcher(trackingParameters);
  const parameters = [...url.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([nameA, valueA], [nameB, valueB]) =>
      nameA === nameB ? (valueA < valueB ? -1 : valueA > valueB ? 1 : 0) : nameA < nameB ? -1 : 1
    );
  const query = new URLSearchParams(parameters).toString();

  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}

/** A fixed-length key for a unique index: long addresses do not fit in one. */
export const identityKey = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
