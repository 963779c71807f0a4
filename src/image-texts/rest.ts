/**
 * REST: a route middleware on the content API routes of Pressroom's types that puts each
 * picture's localized texts into the answer, whichever controller made it (Strapi's own, or the
 * locale fallback's), so `cover.alternativeText` is the text of the version served.
 */
import { localizeImageTexts } from './texts';

/** The routes whose answers carry documents with their pictures. */
const ROUTES_WITH_PICTURES = ['find', 'findOne', 'create', 'update'] as const;

/** Runs after the controller, on the answer it made (`strapi` is the running app's, at request time). */
const localizedPictureTexts =
  (uid: string) =>
  async (ctx: any, next: () => Promise<unknown>): Promise<void> => {
    await next();
    if (ctx.status >= 300 || !ctx.body?.data) return;
    await localizeImageTexts(strapi, uid, ctx.body.data);
  };

/** `config` for `factories.createCoreRouter(uid, { config })`. */
export const pictureTextRoutes = (uid: string) =>
  Object.fromEntries(ROUTES_WITH_PICTURES.map((action) => [action, { middlewares: [localizedPictureTexts(uid)] }]));
