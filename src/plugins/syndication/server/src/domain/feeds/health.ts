/** What the admin panel is told about a feed and a poll: shared by the server and the panel. */
import type { AgencySummary } from '../stats';
import type { FeedProblemCode, FeedProblemParams } from './problems';

export type PollStatus = 'ok' | 'not-modified' | 'error';

/** A feed as the admin panel shows it: its settings and how its last poll went. */
export interface FeedHealth {
  documentId: string;
  name: string;
  url: string;
  language: string;
  enabled: boolean;
  agency: AgencySummary | null;
  lastPolledAt: string | null;
  lastStatus: PollStatus | null;
  /** Why the last poll failed (or what it could not store), in plain words. */
  lastError: string | null;
  /** The same as a stable code and its values, for the panel to word in its language. */
  lastErrorCode: FeedProblemCode | null;
  lastErrorParams: FeedProblemParams | null;
  itemsSeen: number;
  mentionsFound: number;
}

export interface PollResult {
  status: PollStatus;
  itemsSeen: number;
  mentionsFound: number;
  mentionsCreated: number;
  duplicates: number;
  error?: string;
}
