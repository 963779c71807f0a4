/**
 * What the admin part of each local plugin does the same way: where its page lives, how its UI
 * string ids are made and how its translations load. Each plugin's admin/src imports it; the app's
 * admin build bundles it with them. Not a plugin itself (no package.json, no server).
 */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/** Where a plugin's page lives in the admin panel. */
export const pluginPaths = (pluginId: string) => ({
  /** For `app.addMenuLink({ to })`, which takes it relative to the admin's root. */
  menuLink: `plugins/${pluginId}`,
  /** For links from anywhere in the admin panel. */
  page: `/plugins/${pluginId}`,
});

/** The Content Manager's edit view of one document in one locale. */
export const editViewPath = (contentType: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${contentType}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

/** A UI string id of a plugin: its own keys, prefixed with the plugin id. */
export const translationId = (pluginId: string, id: string) => `${pluginId}.${id}`;

type TranslationsLoader = (locale: string) => Promise<{ default: Record<string, string> }>;

/**
 * A plugin's `registerTrads`: its `translations/<locale>.json` (loaded by the plugin, so the bundler
 * finds the files beside it), keys prefixed with the plugin id. A locale without a file gets no
 * strings, and the English defaults show.
 */
export const registerTrads =
  (pluginId: string, load: TranslationsLoader) =>
  async ({ locales }: { locales: string[] }) =>
    Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await load(locale);
          return { data: Object.fromEntries(Object.entries(data).map(([key, value]) => [translationId(pluginId, key), value])), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );

export type Translate = (id: string, defaultMessage: string, values?: Record<string, unknown>) => string;

/** `t('table.agency', 'Agency')`: a string of the plugin `pluginId` in the panel's language. */
export function usePluginTranslate(pluginId: string): Translate {
  const { formatMessage } = useIntl();
  return useCallback<Translate>(
    (id, defaultMessage, values) =>
      formatMessage({ id: translationId(pluginId, id), defaultMessage }, values as Record<string, string | number>),
    [formatMessage, pluginId]
  );
}
