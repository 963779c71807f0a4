/** Admin part of the embargo plugin: calendar page, homepage widget, edit-view side panel, UI strings. */
import { Clock } from '@strapi/icons';
import { registerTrads } from '../../../admin-shared';
import { EmbargoPanel } from './components/EmbargoPanel';
import { PATHS, PERMISSIONS, PLUGIN_ID, getTranslation } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: PATHS.menuLink,
      icon: Clock,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Embargo' },
      Component: () => import('./pages/Calendar'),
      permissions: PERMISSIONS.read,
    });
    app.widgets.register({
      id: 'next-embargoes',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Next embargoes' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open the calendar' }, href: PATHS.page },
      component: async () => (await import('./components/NextEmbargoesWidget')).NextEmbargoesWidget,
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Embargo' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([EmbargoPanel]);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
