import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import ru from './translations/ru.json';
import zhHans from './translations/zh-Hans.json';
import { TranslatorNotice } from './translator-notice/TranslatorNotice';

export default {
  config: {
    // The panel's interface languages besides English: the press service works in all three.
    locales: ['ru', 'zh-Hans'],
    translations: { en, ru, 'zh-Hans': zhHans },
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel: (panels: unknown[]) => void };
    contentManager.addEditViewSidePanel([TranslatorNotice]);
  },
};
