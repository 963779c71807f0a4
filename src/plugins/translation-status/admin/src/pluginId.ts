export const PLUGIN_ID = 'translation-status';

/** The plugin's admin panel actions, as the server registers them. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::translation-status.read', subject: null }],
};

/** The three statuses, in the order a translator works through them. */
export const STATUSES = ['missing', 'outdated', 'current'] as const;
export type TranslationStatus = (typeof STATUSES)[number];

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
