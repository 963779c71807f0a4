import { pluginPaths, translationId } from '../../../admin-shared';

export const PLUGIN_ID = 'syndication';

/** The plugin's admin actions, as the server registers them with Strapi's RBAC. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::syndication.stats.read', subject: null }],
  manageMentions: [{ action: 'plugin::syndication.mentions.manage', subject: null }],
  manageFeeds: [{ action: 'plugin::syndication.feeds.manage', subject: null }],
};

/** A UI string id of this plugin. */
export const getTranslation = (id: string) => translationId(PLUGIN_ID, id);

/** Where the Syndication page lives in the admin panel. */
export const PATHS = pluginPaths(PLUGIN_ID);
export const PAGE_PATH = PATHS.page;

/** The languages mentions are counted in and the panel is translated into. */
export const LANGUAGES = ['ru', 'zh', 'en'] as const;

/** Agency names come in the panel's language when the content has it (zh-Hans → zh). */
export const namesLocale = (intlLocale: string): string | undefined => {
  const code = intlLocale.split('-')[0];
  return (LANGUAGES as readonly string[]).includes(code) ? code : undefined;
};
