import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::photo-exhibition.photo-exhibition');
