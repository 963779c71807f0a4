/** Admin part of the syndication plugin: page, homepage widget, partner side panel, UI strings. */
import { ChartPie } from '@strapi/icons';
import { registerTrads } from '../../../admin-shared';
import { PartnerPanel } from './components/PartnerPanel';
import { PATHS, PERMISSIONS, PLUGIN_ID, getTranslation } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: PATHS.menuLink,
      icon: ChartPie,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Syndication' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
    app.widgets.register({
      id: 'mentions',
      pluginId: PLUGIN_ID,
      icon: ChartPie,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Mentions by partner agencies' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open Syndication' }, href: PATHS.page },
      component: async () => (await import('./components/MentionsWidget')).MentionsWidget,
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Syndication' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PartnerPanel]);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};
