/** Reads the localized texts of pictures from the database: one query per picture kind and answer. */
import type { Core } from '@strapi/strapi';
import { applyImageTexts, findPictures, type ImageText, type Models } from './localize';
import { IMAGE_TEXT_COMPONENT, LOCALIZED_PICTURES, type LocalizedPicture } from './pictures';

/** The texts of the versions (or components) `ids` for one picture kind, by id. */
export async function readImageTexts(strapi: Core.Strapi, picture: LocalizedPicture, ids: (number | string)[]) {
  const texts = new Map<string, ImageText>();
  if (ids.length === 0) return texts;
  const query = strapi.db.query(picture.owner as any);
  if (picture.texts === null) {
    const rows = await query.findMany({ where: { id: { $in: ids } }, select: ['id', 'alternativeText', 'caption'] });
    for (const row of rows) texts.set(String(row.id), row);
  } else {
    // One query through the component join table (the owner's row itself is not needed). The
    // owners' other image-text fields, if any, are skipped here rather than in SQL: a condition
    // on the join table's `field` makes SQLite scan that column's index, every owner's every
    // component, instead of looking up the page's owners (0.8 ms against 0.06 ms on 900 announcements).
    const link = (strapi.db.metadata.get(picture.owner as any).attributes as any)[picture.texts].joinTable;
    const component = strapi.db.metadata.get(IMAGE_TEXT_COMPONENT as any);
    const column = (name: string) => (component.attributes as any)[name].columnName ?? name;
    const fieldColumn = Object.keys(link.on)[0];
    const rows = await strapi.db
      .getConnection(`${link.name} as link`)
      .join(`${component.tableName} as text`, `text.id`, `link.${link.inverseJoinColumn.name}`)
      .whereIn(`link.${link.joinColumn.name}`, ids)
      .select(
        `link.${link.joinColumn.name} as ownerId`,
        `link.${fieldColumn} as field`,
        `text.${column('alternativeText')} as alternativeText`,
        `text.${column('caption')} as caption`
      );
    for (const row of rows) {
      if (row.field === picture.texts) texts.set(String(row.ownerId), { alternativeText: row.alternativeText, caption: row.caption });
    }
  }
  return texts;
}

const models = new WeakMap<Core.Strapi, Models>();

/** Content types and components by UID, made once per app (findPictures keeps its work per models object). */
export function modelsOf(strapi: Core.Strapi): Models {
  let found = models.get(strapi);
  if (!found) models.set(strapi, (found = { ...strapi.contentTypes, ...strapi.components } as unknown as Models));
  return found;
}

/**
 * Gives every picture in `data` (an answer of content type `uid`) its version's texts, in place.
 * Texts the answer already populated (`populate=*` brings `coverText`; a photo holds its own) are
 * used as they are; the others are read, one query per picture kind.
 */
export async function localizeImageTexts(strapi: Core.Strapi, uid: string, data: unknown) {
  const sites = findPictures(data, uid, modelsOf(strapi), LOCALIZED_PICTURES);
  if (sites.length === 0) return;
  const texts = new Map<LocalizedPicture, Map<string, ImageText>>();
  for (const picture of new Set(sites.filter((site) => site.given === undefined).map((site) => site.picture))) {
    const ids = [...new Set(sites.filter((site) => site.picture === picture && site.given === undefined).map((site) => site.ownerId))];
    texts.set(picture, await readImageTexts(strapi, picture, ids));
  }
  applyImageTexts(sites, (picture, ownerId) => texts.get(picture)?.get(String(ownerId)));
}
