import { factories } from '@strapi/strapi';
import { PHOTO_EXHIBITION } from '../../../content-types';

export default factories.createCoreService(PHOTO_EXHIBITION);
