import { pluginPaths, translationId } from '../../../admin-shared';
// The server's own pure modules (no Node or Strapi import), bundled into the admin as they are.
import { ACTIONS } from '../../server/src/permissions';
import type { TranslationStatus } from '../../server/src/domain/status';

export { STATUSES, type TranslationStatus } from '../../server/src/domain/status';

export const PLUGIN_ID = 'translation-status';

/** Where the Translation status page lives in the admin panel. */
export const PATHS = pluginPaths(PLUGIN_ID);

/** The plugin's admin panel actions, as the server registers them. */
export const PERMISSIONS = {
  read: [{ action: ACTIONS.read, subject: null }],
};

export const STATUS_VARIANT: Record<TranslationStatus, 'danger' | 'warning' | 'success'> = {
  missing: 'danger',
  outdated: 'warning',
  current: 'success',
};

/** A UI string id of this plugin. */
export const getTranslation = (id: string) => translationId(PLUGIN_ID, id);

/** The plugin's admin routes (server/src/routes), as the panel calls them. */
const documentRoute = (contentType: string, documentId: string) => `/${PLUGIN_ID}/documents/${contentType}/${documentId}`;
export const ROUTES = {
  summary: `/${PLUGIN_ID}/summary`,
  documents: `/${PLUGIN_ID}/documents`,
  document: documentRoute,
  review: (contentType: string, documentId: string, locale: string) => `${documentRoute(contentType, documentId)}/${locale}/review`,
  changes: (contentType: string, documentId: string) => `${documentRoute(contentType, documentId)}/changes`,
};

/** A work list of the Translation status page, for links from anywhere in the admin panel. */
export const workListPath = (contentType: string, locale: string, status?: TranslationStatus) =>
  `${PATHS.page}/documents?contentType=${encodeURIComponent(contentType)}&locale=${encodeURIComponent(locale)}${status ? `&status=${status}` : ''}`;
