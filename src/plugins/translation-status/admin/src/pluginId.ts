// The server's own pure modules (no Node or Strapi import), bundled into the admin as they are.
import { ACTIONS } from '../../server/src/permissions';
import type { TranslationStatus } from '../../server/src/domain/status';

export { STATUSES, type TranslationStatus } from '../../server/src/domain/status';

export const PLUGIN_ID = 'translation-status';

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
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

/** The Content Manager's edit view of one document in one locale. */
export const editViewPath = (contentType: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${contentType}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
