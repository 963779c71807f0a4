import { pluginPaths, translationId } from '../../../admin-shared';
// The server's own pure modules (no Node or Strapi import), bundled into the admin as they are.
import { ACTIONS } from '../../server/src/permissions';

export { formatInZone, instantOf } from '../../server/src/domain/time-zones';
export { KINDS, STATUSES, VERSIONS, type Kind, type Status, type Versions } from '../../server/src/domain/actions';

export const PLUGIN_ID = 'embargo';

/** Where the embargo calendar lives in the admin panel. */
export const PATHS = pluginPaths(PLUGIN_ID);

/** The plugin's admin panel actions, as the server registers them. */
export const PERMISSIONS = {
  read: [{ action: ACTIONS.read, subject: null }],
  schedule: [{ action: ACTIONS.schedule, subject: null }],
};

/** The header that confirms publishing a document before its embargo (server: early-publish-guard.ts). */
export const CONFIRM_HEADER = 'X-Embargo-Confirm';

/** A UI string id of this plugin. */
export const getTranslation = (id: string) => translationId(PLUGIN_ID, id);

/** The plugin's admin routes (server/src/routes), as the panel calls them. */
export const ROUTES = {
  settings: `/${PLUGIN_ID}/settings`,
  actions: `/${PLUGIN_ID}/actions`,
  action: (id: number) => `/${PLUGIN_ID}/actions/${id}`,
  /** The Content Manager's publish route of one locale of a document. */
  publish: (contentType: string, documentId: string, locale: string) =>
    `/content-manager/collection-types/${contentType}/${documentId}/actions/publish?locale=${encodeURIComponent(locale)}`,
};

/** An embargo action as GET /embargo/actions answers it (server: services/actions.ts, ActionView). */
export interface EmbargoAction {
  id: number;
  contentType: string;
  documentId: string;
  title: string | null;
  kind: 'publish' | 'unpublish';
  locales: string[] | null;
  dueAt: string;
  dueAtInZone: string;
  timeZone: string;
  versions: 'latest' | 'as-scheduled';
  /** as-scheduled: the locales whose drafts were kept when the embargo was set. */
  snapshotLocales: string[];
  status: 'pending' | 'done' | 'late' | 'failed' | 'cancelled';
  scheduledBy: { id: number | null; name: string | null };
  executedAt: string | null;
  lateByMs: number | null;
  actedLocales: string[] | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  error: string | null;
}

export interface EmbargoSettings {
  timeZone: string;
  locales: string[];
  contentTypes: string[];
}

/** The server's error message of a failed request, or the error itself. */
export const messageOf = (error: any) => error?.response?.data?.error?.message ?? String(error?.message ?? error);
