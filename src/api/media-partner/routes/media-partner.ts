import { factories } from '@strapi/strapi';
import { MEDIA_PARTNER } from '../../../content-types';
import { pictureTextRoutes } from '../../../image-texts/rest';

export default factories.createCoreRouter(MEDIA_PARTNER, { config: pictureTextRoutes(MEDIA_PARTNER) });
