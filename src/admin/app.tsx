import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The panel's interface languages besides English: the press service works in all three.
    locales: ['ru', 'zh-Hans'],
  },
  bootstrap(_app: StrapiApp) {},
};
