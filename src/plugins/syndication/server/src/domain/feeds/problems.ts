/**
 * Why a poll failed, as a stable code and its values beside the English sentence: the admin
 * panel words the code in the reader's language (ru, zh, en) and falls back to the sentence
 * for a code it does not know. Shared by the server and the panel.
 */
export const FEED_PROBLEMS = [
  'address.invalid',
  'address.protocol',
  'address.private',
  'fetch.timeout',
  'fetch.connectTimeout',
  'fetch.hostNotFound',
  'fetch.refused',
  'fetch.closed',
  'fetch.certificate',
  'fetch.failed',
  'fetch.tooLarge',
  'http.noLocation',
  'http.tooManyRedirects',
  'http.status',
  'format.html',
  'format.entities',
  'format.malformed',
  'format.notFeed',
  'format.unreadable',
  'encoding.unsupported',
  'feed.noAgency',
  'items.notStored',
  'items.allSkipped',
  'unexpected',
] as const;

export type FeedProblemCode = (typeof FEED_PROBLEMS)[number];

/** The values a problem's sentence needs (host, status, limit…); texts and numbers only. */
export type FeedProblemParams = Record<string, string | number>;

export interface FeedProblem {
  code: FeedProblemCode;
  params: FeedProblemParams;
}

/** An expected failure of a poll: its sentence (logs, API) and its problem (the panel's words). */
export class FeedProblemError extends Error {
  readonly problem: FeedProblem;

  constructor(message: string, code: FeedProblemCode, params: FeedProblemParams = {}) {
    super(message);
    this.problem = { code, params };
  }
}

/** The problem behind a failed poll: the error's own, or `unexpected` with its message. */
export function problemOf(error: unknown): FeedProblem {
  if (error instanceof FeedProblemError) return error.problem;
  return { code: 'unexpected', params: { reason: String((error as Error | undefined)?.message ?? error) } };
}
