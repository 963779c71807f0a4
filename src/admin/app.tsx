import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMERATION_LABELS } from './enumeration-labels';
import { LANGUAGE_STORAGE_KEY, translateEditViewLayout, translateListHeaders } from './field-labels';

const interfaceLanguage = () => window.localStorage.getItem(LANGUAGE_STORAGE_KEY);

export default {
  config: {
    // The panel's interface languages besides English: the press service works in all three.
    locales: ['ru', 'zh-Hans'],
    // The Content Manager shows an enumeration value through the message whose id is the value.
    translations: ENUMERATION_LABELS,
  },
  bootstrap(app: StrapiApp) {
    // Field labels and descriptions are plain strings in the Content Manager: ours are translated here.
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', (args: any) => translateEditViewLayout(args, interfaceLanguage()));
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', (args: any) => translateListHeaders(args, interfaceLanguage()));
  },
};
