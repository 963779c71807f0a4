import { factories } from '@strapi/strapi';
import { MEDIA_PARTNER } from '../../../content-types';

export default factories.createCoreRouter(MEDIA_PARTNER);
