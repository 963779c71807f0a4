import type { Core } from '@strapi/strapi';
import { bootstrapPressroom } from './bootstrap';
import { draftGuard } from './drafts/draft-guard';
import { contentValidation } from './validation/document-middleware';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(contentValidation(strapi));
    strapi.documents.use(draftGuard(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapPressroom(strapi);
  },
};
