/** Reads the localized texts of pictures from the database: one query per picture kind and answer. */
import type { Core } from '@strapi/strapi';
import { applyImageTexts, findPictures, type ImageText, type Models } from './localize';
import { LOCALIZED_PICTURES, type LocalizedPicture } from './pictures';

/** The texts of the versions (or components) `ids` for one picture kind, by id. */
export async function readImageTexts(strapi: Core.Strapi, picture: LocalizedPicture, ids: (number | string)[]) {
  const texts = new Map<string, ImageText>();
  if (ids.length === 0) return texts;
  const query = strapi.db.query(picture.owner as any);
  if (picture.texts === null) {
    const rows = await query.findMany({ where: { id: { $in: ids } }, select: ['id', 'alternativeText', 'caption'] });
    for (const row of rows) texts.set(String(row.id), row);
  } else {
    const rows = await query.findMany({
      where: { id: { $in: ids } },
      select: ['id'],
      populate: { [picture.texts]: { select: ['alternativeText', 'caption'] } },
    });
    for (const row of rows) if (row[picture.texts]) texts.set(String(row.id), row[picture.texts]);
  }
  return texts;
}

export const modelsOf = (strapi: Core.Strapi): Models => ({ ...strapi.contentTypes, ...strapi.components }) as unknown as Models;

/** Gives every picture in `data` (an answer of content type `uid`) its version's texts, in place. */
export async function localizeImageTexts(strapi: Core.Strapi, uid: string, data: unknown) {
  const sites = findPictures(data, uid, modelsOf(strapi), LOCALIZED_PICTURES);
  if (sites.length === 0) return;
  const texts = new Map<LocalizedPicture, Map<string, ImageText>>();
  for (const picture of new Set(sites.map((site) => site.picture))) {
    const ids = [...new Set(sites.filter((site) => site.picture === picture).map((site) => site.ownerId))];
    texts.set(picture, await readImageTexts(strapi, picture, ids));
  }
  applyImageTexts(sites, (picture, ownerId) => texts.get(picture)?.get(String(ownerId)));
}
