/**
 * Typed access to the plugin's services: `getService(strapi, 'ingest')` returns the ingest
 * service's own type, where `strapi.plugin('syndication').service('ingest')` returns `any`.
 */
import type { Core } from '@strapi/strapi';
import type services from './services';

type ServiceFactories = typeof services;

export type SyndicationServices = { [Name in keyof ServiceFactories]: ReturnType<ServiceFactories[Name]> };

export const getService = <Name extends keyof SyndicationServices>(strapi: Core.Strapi, name: Name): SyndicationServices[Name] =>
  strapi.plugin('syndication').service(name);
