/** Admin part of the translation status plugin: menu page, edit-view side panel, UI strings. */
import { Earth } from '@strapi/icons';
import { TranslationStatusPanel } from './components/TranslationStatusPanel';
import { PERMISSIONS, PLUGIN_ID, getTranslation } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Earth,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Translation status' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Translation status' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([TranslationStatusPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value])), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
