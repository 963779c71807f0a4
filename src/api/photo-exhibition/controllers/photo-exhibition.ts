import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::photo-exhibition.photo-exhibition');
