/** Admin part of the translation status plugin: menu page, edit-view side panel, UI strings. */
import { Earth } from '@strapi/icons';
import { registerTrads } from '../../../admin-shared';
import { TranslationStatusPanel } from './components/TranslationStatusPanel';
import { PATHS, PERMISSIONS, PLUGIN_ID, getTranslation } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: PATHS.menuLink,
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

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
