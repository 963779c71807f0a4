import type { Core } from '@strapi/strapi';
import { bootstrapPressroom } from './bootstrap';
import { draftGuard } from './drafts/draft-guard';
import { registerGraphqlFallback } from './fallback/graphql';
import { registerGraphqlBatching } from './graphql/batching';
import { registerLeanFieldWrappers } from './graphql/field-wrappers';
import { registerReadinessCheck } from './health/readiness';
import { registerGraphqlPictureTexts } from './image-texts/graphql';
import { registerReadCache, startReadCache, stopReadCache } from './read-cache';
import { localeGuard } from './roles/locale-guard';
import { guardSharedFields } from './roles/shared-fields-guard';
import { generateSlugsByTheRule, slugsLeftEmpty } from './slugs/slug-generation';
import { guardFirstAdminRegistration } from './security/first-admin-registration';
import { shareRateLimits, stopSharedRateLimits } from './security/shared-rate-limit';
import { contentValidation } from './validation/document-middleware';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Strapi silently skips a local plugin whose server part is not compiled.
    if (!strapi.plugin('syndication')) {
      throw new Error('The syndication plugin is not built: run `npm run build:plugins` (npm run develop/build do it).');
    }
    strapi.documents.use(contentValidation(strapi));
    strapi.documents.use(draftGuard(strapi));
    strapi.documents.use(localeGuard(strapi));
    strapi.documents.use(slugsLeftEmpty(strapi));
    registerReadCache(strapi);
    generateSlugsByTheRule(strapi);
    guardSharedFields(strapi);
    registerGraphqlFallback(strapi);
    registerGraphqlPictureTexts(strapi);
    registerGraphqlBatching(strapi);
    registerLeanFieldWrappers(strapi);
    guardFirstAdminRegistration(strapi);
    shareRateLimits(strapi);
    registerReadinessCheck(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await startReadCache(strapi);
    await bootstrapPressroom(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopReadCache(strapi);
    await stopSharedRateLimits(strapi);
  },
};
