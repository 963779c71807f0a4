/** Typed access to the plugin's services: `getService(strapi, 'actions')` returns its own type, not `any`. */
import type { Core } from '@strapi/strapi';
import type services from './services';

export type EmbargoServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export const getService = <Name extends keyof EmbargoServices>(strapi: Core.Strapi, name: Name): EmbargoServices[Name] =>
  strapi.plugin('embargo').service(name);
