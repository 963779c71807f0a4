import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMERATION_LABELS } from './enumeration-labels';
import { LANGUAGE_STORAGE_KEY, translateEditViewLayout, translateListHeaders } from './field-labels';
import en from './translations/en.json';
import ru from './translations/ru.json';
import zhHans from './translations/zh-Hans.json';
import { TranslatorNotice } from './translator-notice/TranslatorNotice';

const interfaceLanguage = () => window.localStorage.getItem(LANGUAGE_STORAGE_KEY);

export default {
  config: {
    // The panel's interface languages besides English: the press service works in all three.
    locales: ['ru', 'zh-Hans'],
    // Our own strings, and the enumeration values (the Content Manager shows a value through the
    // message whose id is the value).
    translations: {
      en: { ...ENUMERATION_LABELS.en, ...en },
      ru: { ...ENUMERATION_LABELS.ru, ...ru },
      'zh-Hans': { ...ENUMERATION_LABELS['zh-Hans'], ...zhHans },
    },
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel: (panels: unknown[]) => void };
    contentManager.addEditViewSidePanel([TranslatorNotice]);
    // Field labels and descriptions are plain strings in the Content Manager: ours are translated here.
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', (args: any) => translateEditViewLayout(args, interfaceLanguage()));
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', (args: any) => translateListHeaders(args, interfaceLanguage()));
  },
};
