/** Typed access to the plugin's services (the pattern of Strapi's own plugins, e.g. content-releases). */
import type { Core } from '@strapi/strapi';
import type services from './services';

export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('translation-status').service(name);
