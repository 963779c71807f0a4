'use strict';
/**
 * Pictures get their alternative text and caption per locale, beside the picture: the localized
 * `coverText` of an announcement and `logoText` of a media partner (component `media.image-text`),
 * and the `alternativeText` of each exhibition photo. Until now the only texts were the media
 * library's, one per file and Russian: on an existing database they become the ru versions' texts
 * (drafts and published); zh and en start without, and show as not current until translated.
 *
 * Strapi runs this before its schema sync, so the new tables and column do not exist yet. They are
 * made here from Strapi's own definitions of them (the sync then finds them as it would have made
 * them), and filled. Safe to run again (a version that has its texts is left alone), and a no-op on a
 * fresh database.
 */

const PICTURES = [
  { owner: 'api::announcement.announcement', image: 'cover', texts: 'coverText' },
  { owner: 'api::media-partner.media-partner', image: 'logo', texts: 'logoText' },
];
const IMAGE_TEXT = 'media.image-text';
const EXHIBITION = 'api::photo-exhibition.photo-exhibition';
const PHOTO = 'exhibition.photo';
const SOURCE_LOCALE = 'ru';
// The component's limit (src/image-texts/pictures.ts): a longer text of the media library is cut there.
const ALT_TEXT_MAX_LENGTH = 200;
// Strapi's own tables of the media library and its links to documents and components.
const FILES = 'files';
const FILE_LINKS = 'files_related_mph';

const blank = (text) => text === null || text === undefined || String(text).trim() === '';
const altText = (text) => (blank(text) ? null : String(text).slice(0, ALT_TEXT_MAX_LENGTH));

/** The texts of the file linked to `field` of the rows of `alias` (a document or component table). */
const withFileTexts = (query, alias, related, field) =>
  query
    .join(`${FILE_LINKS} as link`, (on) =>
      on.on('link.related_id', `${alias}.id`).andOnVal('link.related_type', related).andOnVal('link.field', field)
    )
    .join(`${FILES} as file`, 'file.id', 'link.file_id');

async function insertedId(knex, db, table, row) {
  if (db.dialect.client === 'mysql') return (await knex(table).insert(row))[0];
  const [inserted] = await knex(table).insert(row, ['id']);
  return typeof inserted === 'object' ? inserted.id : inserted;
}

/** The component tables and the photo column, as Strapi's schema sync would make them. */
async function createTarget(knex, db) {
  const names = [
    db.metadata.get(IMAGE_TEXT).tableName,
    ...PICTURES.map(({ owner, texts }) => db.metadata.get(owner).attributes[texts].joinTable.name),
  ];
  const missing = [];
  for (const table of db.schema.schema.tables.filter((candidate) => names.includes(candidate.name))) {
    if (!(await knex.schema.hasTable(table.name))) missing.push(table);
  }
  await db.schema.builder.createTables(missing, knex);

  const photos = db.metadata.get(PHOTO);
  const column = photos.attributes.alternativeText.columnName;
  if (!(await knex.schema.hasColumn(photos.tableName, column))) {
    await knex.schema.alterTable(photos.tableName, (table) => table.string(column, 255));
  }
}

async function moveDocumentTexts(knex, db, { owner, image, texts }) {
  const { tableName, attributes } = db.metadata.get(owner);
  const join = attributes[texts].joinTable;
  const textsTable = db.metadata.get(IMAGE_TEXT);
  const column = (name) => textsTable.attributes[name].columnName;
  const [entity, component] = [join.joinColumn.name, join.inverseJoinColumn.name];

  const done = new Set((await knex(join.name).where(join.on).select(entity)).map((row) => row[entity]));
  const versions = await withFileTexts(knex(`${tableName} as version`), 'version', owner, image)
    .where('version.locale', SOURCE_LOCALE)
    .select('version.id as id', 'file.alternative_text as alternativeText', 'file.caption as caption');
  for (const version of versions) {
    if (done.has(version.id) || (blank(version.alternativeText) && blank(version.caption))) continue;
    const id = await insertedId(knex, db, textsTable.tableName, {
      [column('alternativeText')]: altText(version.alternativeText),
      [column('caption')]: blank(version.caption) ? null : version.caption,
    });
    await knex(join.name).insert({
      [entity]: version.id,
      [component]: id,
      ...join.on,
      component_type: IMAGE_TEXT,
      [join.orderColumnName ?? 'order']: 1,
    });
  }
}

async function movePhotoTexts(knex, db) {
  const photos = db.metadata.get(PHOTO);
  const exhibitions = db.metadata.get(EXHIBITION);
  const join = exhibitions.attributes.photos.joinTable;
  const [altColumn, captionColumn] = [photos.attributes.alternativeText.columnName, photos.attributes.caption.columnName];
  const rows = await withFileTexts(knex(`${photos.tableName} as photo`), 'photo', PHOTO, 'image')
    .join(`${join.name} as holder`, `holder.${join.inverseJoinColumn.name}`, 'photo.id')
    .join(`${exhibitions.tableName} as exhibition`, 'exhibition.id', `holder.${join.joinColumn.name}`)
    .where('holder.field', 'photos')
    .where('exhibition.locale', SOURCE_LOCALE)
    .select(
      'photo.id as id',
      `photo.${altColumn} as ownAlt`,
      `photo.${captionColumn} as ownCaption`,
      'file.alternative_text as alternativeText',
      'file.caption as caption'
    );
  for (const row of rows) {
    const change = {};
    if (blank(row.ownAlt) && !blank(row.alternativeText)) change[altColumn] = altText(row.alternativeText);
    // The photo had its own caption per locale already; the file's fills only an empty one.
    if (blank(row.ownCaption) && !blank(row.caption)) change[captionColumn] = row.caption;
    if (Object.keys(change).length > 0) await knex(photos.tableName).where('id', row.id).update(change);
  }
}

/** @param {import('knex').Knex} knex the migration's transaction @param {any} db Strapi's database */
async function up(knex, db) {
  const announcements = db.metadata.get(PICTURES[0].owner).tableName;
  if (!(await knex.schema.hasTable(announcements)) || !(await knex.schema.hasTable(FILE_LINKS))) return;
  await createTarget(knex, db);
  for (const picture of PICTURES) await moveDocumentTexts(knex, db, picture);
  await movePhotoTexts(knex, db);
}

// The media library's texts were never changed: nothing to undo.
async function down() {}

module.exports = { up, down };
