/**
 * Which of an entry's links is its own address: the alternate one (a link without `rel` is
 * alternate), HTML first; then any other relation; `self`, `enclosure` and `license` only when
 * nothing else exists, and `license` last of all (it is the same for every entry of a feed).
 */
export interface EntryLink {
  href: string | null;
  rel: string | null;
  type: string | null;
}

const LAST_RESORT = ['self', 'enclosure', 'license'];

function rank(link: EntryLink): number {
  const rel = (link.rel ?? 'alternate').trim().toLowerCase();
  if (rel === 'alternate') return /html/i.test(link.type ?? 'text/html') ? 0 : 1;
  const lastResort = LAST_RESORT.indexOf(rel);
  return lastResort < 0 ? 2 : 3 + lastResort;
}

/**
 * The entry's address among its links, or null when none has one. A `license` link (shared by
 * every entry of the feed) gives way to the entry's id when that is a web address.
 */
export function pickLink(links: EntryLink[], id?: string | null): string | null {
  let best: EntryLink | null = null;
  for (const link of links) {
    if (!link.href?.trim()) continue;
    if (!best || rank(link) < rank(best)) best = link;
  }
  if (best && (best.rel ?? '').trim().toLowerCase() === 'license' && id && /^https?:\/\//i.test(id.trim())) return id.trim();
  return best?.href?.trim() ?? null;
}

/** `href` made absolute against a base (xml:base chain or the document's address); as it is when it cannot be. */
export function resolveAgainst(href: string, base: string | null | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}
