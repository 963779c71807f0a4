/** Admin part of the syndication plugin: page, homepage widget, partner side panel, UI strings. */
import { ChartPie } from '@strapi/icons';
import { PartnerPanel } from './components/PartnerPanel';
import { PAGE_PATH, PERMISSIONS, PLUGIN_ID, getTranslation } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
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
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open Syndication' }, href: PAGE_PATH },
      component: async () => (await import('./components/MentionsWidget')).MentionsWidget,
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Syndication' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PartnerPanel]);
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
