import { factories } from '@strapi/strapi';
import { PHOTO_EXHIBITION } from '../../../content-types';

export default factories.createCoreRouter(PHOTO_EXHIBITION);
