import { factories } from '@strapi/strapi';
import { CONTRACT } from '../../../content-types';

export default factories.createCoreService(CONTRACT);
