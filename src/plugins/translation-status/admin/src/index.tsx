/** Admin part of the translation status plugin: menu page, homepage widget, edit-view side panel, UI strings. */
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
    // Everyone who may read the status gets it: translators for their own locale, editors for all.
    app.widgets.register({
      id: 'translation-work',
      pluginId: PLUGIN_ID,
      icon: Earth,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Translations to do' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open Translation status' }, href: PATHS.page },
      component: async () => (await import('./components/TranslationWorkWidget')).TranslationWorkWidget,
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Translation status' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([TranslationStatusPanel]);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
