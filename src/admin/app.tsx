import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMERATION_LABELS } from './enumeration-labels';

export default {
  config: {
    // The panel's interface languages besides English: the press service works in all three.
    locales: ['ru', 'zh-Hans'],
    // The Content Manager shows an enumeration value through the message whose id is the value.
    translations: ENUMERATION_LABELS,
  },
  bootstrap(_app: StrapiApp) {},
};
