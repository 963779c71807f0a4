/** HTTP caching of public answers: ETags, conditional requests, Cache-Control and surrogate keys. */
import { createHash } from 'crypto';
import { TAGS } from './request-key';

/** A strong ETag of the body: equal bodies, equal ETags, on every instance. */
export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET/HEAD) or is `*`. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

export interface HttpCacheSettings {
  maxAge: number;
  staleWhileRevalidate: number;
  sharedMaxAge: number | null;
}

export const PRIVATE_NO_STORE = 'private, no-store';

export function publicCacheControl({ maxAge, staleWhileRevalidate, sharedMaxAge }: HttpCacheSettings): string {
  const parts = ['public', `max-age=${maxAge}`];
  if (sharedMaxAge !== null) parts.push(`s-maxage=${sharedMaxAge}`);
  parts.push(`stale-while-revalidate=${staleWhileRevalidate}`);
  return parts.join(', ');
}

/** A tag naming one document, as CDNs purge by it. */
export const documentTag = (documentId: string) => `doc-${documentId}`;

/** Every `documentId` in a JSON answer (documents, and the related documents it populates). */
export function documentIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) if (item && typeof item === 'object') documentIdsIn(item, found);
  } else if (value && typeof value === 'object') {
    // for...in rather than Object.entries: no array per object, on every answer that is not cached.
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const item = (value as Record<string, unknown>)[key];
      if (key === 'documentId' && typeof item === 'string') found.add(item);
      else if (item && typeof item === 'object') documentIdsIn(item, found);
    }
  }
  return found;
}

/**
 * Surrogate keys of an answer: `pressroom` on every answer, the tags of the request (its content
 * type, or `graphql`), and one `doc-<documentId>` per document in it. Headers have limits
 * (Cloudflare reads 16 KB of Cache-Tag): past `maxDocuments`, the type tags alone stay, and they
 * are purged on every change of the type anyway.
 */
export function surrogateKeys(requestTags: string[], answer: unknown, maxDocuments = 200): string[] {
  const documents = [...documentIdsIn(answer)];
  const documentTags = documents.length <= maxDocuments ? documents.map(documentTag) : [];
  return [...new Set([TAGS.all, ...requestTags, ...documentTags])];
}
