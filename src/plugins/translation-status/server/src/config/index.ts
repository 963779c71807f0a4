/** Everything the translation status plugin can be told, with its defaults. */
import type { Core } from '@strapi/strapi';
import type { AltTextRule } from '../domain/alt-text-rule';

export interface TranslationStatusConfig {
  /** Content types to follow; null means every localized content type of the app (api::). */
  contentTypes: string[] | null;
  /** Rows per page of the document lists, at most. */
  maxPageSize: number;
  /** The order locales are shown in (others follow); null: the default locale first. */
  localeOrder: string[] | null;
  /** Per content type, where its pictures and their alternative texts are: a version lacking one is not current. */
  altTexts: Record<string, AltTextRule[]>;
}

export const DEFAULT_CONFIG: TranslationStatusConfig = { contentTypes: null, maxPageSize: 100, localeOrder: null, altTexts: {} };

export function validateConfig(config: TranslationStatusConfig) {
  if (config.contentTypes !== null && (!Array.isArray(config.contentTypes) || config.contentTypes.some((uid) => typeof uid !== 'string'))) {
    throw new Error('Invalid translation-status config: contentTypes must be null or a list of content type UIDs');
  }
  if (config.localeOrder !== null && (!Array.isArray(config.localeOrder) || config.localeOrder.some((code) => typeof code !== 'string'))) {
    throw new Error('Invalid translation-status config: localeOrder must be null or a list of locale codes');
  }
  const rules = Object.values(config.altTexts ?? {});
  if (
    typeof config.altTexts !== 'object' ||
    config.altTexts === null ||
    rules.some((list) => !Array.isArray(list) || list.some((rule) => typeof rule?.image !== 'string' || typeof rule?.altText !== 'string'))
  ) {
    throw new Error('Invalid translation-status config: altTexts must map content type UIDs to lists of { image, altText } paths');
  }
  if (!Number.isInteger(config.maxPageSize) || config.maxPageSize < 1) {
    throw new Error('Invalid translation-status config: maxPageSize must be a positive integer');
  }
}

export default { default: DEFAULT_CONFIG, validator: validateConfig };

export const getConfig = (strapi: Core.Strapi): TranslationStatusConfig => strapi.config.get('plugin::translation-status');
