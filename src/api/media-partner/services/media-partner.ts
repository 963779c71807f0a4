import { factories } from '@strapi/strapi';
import { MEDIA_PARTNER } from '../../../content-types';

export default factories.createCoreService(MEDIA_PARTNER);
