/**
 * Loads the demo content into whatever database is configured. Idempotent: a document is
 * found by its slug, a picture by its file name, and only what is missing is created, so a
 * second run changes nothing and an interrupted run is completed by the next one.
 */
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION, PUBLISHED_CONTENT_TYPES } from '../content-types';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '../locales';
import { demoMentions } from './demo-mentions';
import { DEMO_IMAGES, renderJpeg, type DemoImageKey } from './images';
import { ANNOUNCEMENTS, CONTRACTS, MEDIA_PARTNERS, PHOTO_EXHIBITIONS } from './press-release';

const UPLOAD_FILE = 'plugin::upload.file';

export interface SeedReport {
  created: Record<string, number>;
  images: number;
  mentions: number;
}

type DocumentIds = Map<string, string>;

/** True when none of Pressroom's content types holds a single document. */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  for (const uid of PUBLISHED_CONTENT_TYPES) {
    if ((await strapi.db.query(uid).count()) > 0) return false;
  }
  return true;
}

export async function seedDemoContent(strapi: Core.Strapi): Promise<SeedReport> {
  const report: SeedReport = { created: {}, images: 0, mentions: 0 };
  const images = await ensureImages(strapi, report);

  const ensure = (uid: string, slug: string, dataFor: (locale: LocaleCode) => Record<string, unknown>) =>
    ensureDocument(strapi, report, uid, slug, dataFor);
  const links = (ids: DocumentIds, slugs: string[], locale: LocaleCode) => ({
    set: slugs.map((slug) => ({ documentId: ids.get(slug), locale })),
  });

  const partners: DocumentIds = new Map();
  for (const partner of MEDIA_PARTNERS) {
    const id = await ensure(MEDIA_PARTNER, partner.slug, (locale) => ({
      country: partner.country,
      kind: partner.kind,
      website: partner.website,
      partnerSince: partner.partnerSince,
      logo: images[partner.logo],
      logoText: DEMO_IMAGES[partner.logo].text[locale],
      ...partner.text[locale],
    }));
    partners.set(partner.slug, id);
  }

  const contracts: DocumentIds = new Map();
  for (const contract of CONTRACTS) {
    const id = await ensure(CONTRACT, contract.slug, (locale) => ({
      signedOn: contract.signedOn,
      contractStatus: contract.contractStatus,
      partner: { set: [{ documentId: partners.get(contract.partner), locale }] },
      ...contract.text[locale],
    }));
    contracts.set(contract.slug, id);
  }

  const exhibitions: DocumentIds = new Map();
  for (const exhibition of PHOTO_EXHIBITIONS) {
    const id = await ensure(PHOTO_EXHIBITION, exhibition.slug, (locale) => ({
      opensOn: exhibition.opensOn,
      photos: exhibition.photos.map((photo) => ({
        image: images[photo.image],
        alternativeText: DEMO_IMAGES[photo.image].text[locale].alternativeText,
        author: photo.author,
        caption: photo.caption[locale],
      })),
      ...exhibition.text[locale],
    }));
    exhibitions.set(exhibition.slug, id);
  }

  for (const announcement of ANNOUNCEMENTS) {
    await ensure(ANNOUNCEMENT, announcement.slug, (locale) => ({
      category: announcement.category,
      eventDate: announcement.eventDate,
      cover: announcement.cover ? images[announcement.cover] : null,
      coverText: announcement.cover ? DEMO_IMAGES[announcement.cover].text[locale] : null,
      mediaPartners: links(partners, announcement.mediaPartners, locale),
      contracts: links(contracts, announcement.contracts, locale),
      photoExhibitions: links(exhibitions, announcement.photoExhibitions, locale),
      ...announcement.text[locale],
    }));
  }

  report.mentions = await ensureDemoMentions(strapi);
  return report;
}

/** What the seed uses of the syndication plugin's ingest service (the plugin is compiled on its own). */
interface MentionIngest {
  ingestAll(items: unknown[], options: { source: 'demo' }): Promise<{ created: number; rejected: { index: number; error: string }[] }>;
}

/**
 * Demo mentions go through the syndication plugin's one ingest path, which batches them by its
 * configured size and skips the stored ones.
 */
async function ensureDemoMentions(strapi: Core.Strapi): Promise<number> {
  const ingest: MentionIngest = strapi.plugin('syndication').service('ingest');
  const report = await ingest.ingestAll(demoMentions(), { source: 'demo' });
  if (report.rejected.length > 0) {
    throw new Error(`Demo mentions were rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  }
  return report.created;
}

/**
 * Finds the document by slug in any locale, then adds every missing locale version, published.
 * The default locale goes first, so it is the source the translations were made from.
 */
async function ensureDocument(
  strapi: Core.Strapi,
  report: SeedReport,
  uid: string,
  slug: string,
  dataFor: (locale: LocaleCode) => Record<string, unknown>
): Promise<string> {
  const documents = strapi.documents(uid as any);
  const locales = [DEFAULT_LOCALE, ...LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)];

  let documentId: string | undefined;
  for (const locale of locales) {
    const found = await documents.findFirst({ locale, filters: { slug }, fields: ['documentId'] } as any);
    if (found) {
      documentId = found.documentId;
      break;
    }
  }

  for (const locale of locales) {
    const data = { slug, ...dataFor(locale) };
    if (documentId) {
      const existing = await documents.findOne({ documentId, locale, fields: ['id'] } as any);
      if (existing) continue;
      await documents.update({ documentId, locale, data, status: 'published' } as any);
    } else {
      const created = await documents.create({ locale, data, status: 'published' } as any);
      documentId = created.documentId;
    }
    report.created[uid] = (report.created[uid] ?? 0) + 1;
  }
  return documentId!;
}

/** Renders and uploads each demo picture not yet in the media library; returns file ids. */
async function ensureImages(strapi: Core.Strapi, report: SeedReport): Promise<Record<DemoImageKey, number>> {
  const ids = {} as Record<DemoImageKey, number>;
  const upload = strapi.plugin('upload').service('upload');
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pressroom-seed-'));

  try {
    for (const [key, image] of Object.entries(DEMO_IMAGES) as [DemoImageKey, (typeof DEMO_IMAGES)[DemoImageKey]][]) {
      const existing = await strapi.db.query(UPLOAD_FILE).findOne({ where: { name: image.fileName } });
      if (existing) {
        ids[key] = existing.id;
        continue;
      }
      const filepath = path.join(workDir, image.fileName);
      const jpeg = await renderJpeg(image);
      await fs.writeFile(filepath, jpeg);
      const [file] = await upload.upload({
        // The media library's own text, in the default locale; each version carries its own beside the picture.
        data: { fileInfo: { name: image.fileName, ...image.text[DEFAULT_LOCALE] } },
        files: { filepath, originalFilename: image.fileName, mimetype: 'image/jpeg', size: jpeg.length },
      });
      ids[key] = file.id;
      report.images += 1;
    }
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
  return ids;
}
