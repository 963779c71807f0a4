/**
 * A feed's last error in the reader's language: the server records a stable code and its
 * values beside the English sentence; known codes are worded by the plugin's translations,
 * anything else is shown as the server wrote it. Pure: the translate function is given.
 */
import { FEED_PROBLEMS, type FeedProblemCode } from '../../../server/src/domain/feeds/problems';
import type { FeedHealth } from '../../../server/src/domain/feeds/health';

export { FEED_PROBLEMS, type FeedProblemCode };

type Translate = (id: string, defaultMessage: string, values?: Record<string, unknown>) => string;

const KNOWN = new Set<string>(FEED_PROBLEMS);

/** The UI string id of a problem code. */
export const problemMessageId = (code: FeedProblemCode) => `feeds.problem.${code}`;

/** What to show for the feed's last error; null when its last poll went well. */
export function feedProblemMessage(feed: Pick<FeedHealth, 'lastError' | 'lastErrorCode' | 'lastErrorParams'>, t: Translate): string | null {
  if (!feed.lastError) return null;
  if (!feed.lastErrorCode || !KNOWN.has(feed.lastErrorCode)) return feed.lastError;
  return t(problemMessageId(feed.lastErrorCode), feed.lastError, feed.lastErrorParams ?? {});
}
