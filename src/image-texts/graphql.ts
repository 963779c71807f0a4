/**
 * GraphQL: `Announcement.cover`, `MediaPartner.logo` and `ComponentExhibitionPhoto.image` give the
 * file with the texts of the version (or photo) that holds it. Field middlewares of the GraphQL
 * extension (`resolversConfig`), so they wrap whatever resolver loads the file underneath.
 * A document's texts are read in one query per picture kind and request (a DataLoader).
 */
import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import { withImageText, type ImageText } from './localize';
import { LOCALIZED_PICTURES, type LocalizedPicture } from './pictures';
import { readImageTexts } from './texts';

export function registerGraphqlPictureTexts(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;

  // One loader per request (the GraphQL context) and picture kind.
  const loaders = new WeakMap<object, Map<LocalizedPicture, DataLoader<number | string, ImageText | undefined>>>();
  const loaderFor = (context: object, picture: LocalizedPicture) => {
    if (!loaders.has(context)) loaders.set(context, new Map());
    const byPicture = loaders.get(context)!;
    if (!byPicture.has(picture)) {
      byPicture.set(
        picture,
        new DataLoader(async (ids: readonly (number | string)[]) => {
          const texts = await readImageTexts(strapi, picture, [...ids]);
          return ids.map((id) => texts.get(String(id)));
        })
      );
    }
    return byPicture.get(picture)!;
  };

  const textsOf = (picture: LocalizedPicture, parent: Record<string, unknown>, context: object) => {
    // A photo's own row, as its resolver loaded it, already carries its texts.
    if (picture.texts === null && 'alternativeText' in parent && 'caption' in parent) return parent as ImageText;
    return loaderFor(context, picture).load(parent.id as number | string);
  };

  graphql.service('extension').use(() => {
    const naming = graphql.service('utils').naming;
    const typeName = (uid: string) =>
      strapi.components[uid as any]
        ? naming.getComponentName(strapi.components[uid as any])
        : naming.getTypeName(strapi.contentType(uid as any));
    return {
      resolversConfig: Object.fromEntries(
        LOCALIZED_PICTURES.map((picture) => [
          `${typeName(picture.owner)}.${picture.image}`,
          {
            middlewares: [
              async (resolve: any, parent: any, args: unknown, context: any, info: unknown) => {
                if (!parent) return resolve(parent, args, context, info);
                // Asked for before the file arrives, so the texts of a list's pictures load in one batch.
                const [file, text] = await Promise.all([resolve(parent, args, context, info), textsOf(picture, parent, context)]);
                if (!file || typeof file !== 'object' || Array.isArray(file)) return file;
                return withImageText(file, text);
              },
            ],
          },
        ])
      ),
    };
  });
}
