'use strict';
/**
 * Announcements with everything a website reads, for the GraphQL batching test and the read-path
 * benchmark: media partners (leaders, logo), contracts (partner, signatories, a PDF), photo
 * exhibitions (photos with images) and covers, published in ru, zh and en through the Document
 * Service. Deterministic: announcement i exists in ru always, in zh unless i % 4 == 3, in en
 * unless i % 5 == 0 (those are served by `fallback`); every seventh has a draft change in ru.
 * File rows are written directly (no image processing): reads only need their fields.
 */
const { ANNOUNCEMENT, MEDIA_PARTNER, CONTRACT, PHOTO_EXHIBITION } = require('../../dist/src/content-types');

const LOCALES = ['ru', 'zh', 'en'];
const PARTNERS = 12;
const CONTRACTS = 18;
const EXHIBITIONS = 8;
const IMAGES = 6;

const inAnnouncementLocale = (index, locale) =>
  locale === 'ru' || (locale === 'zh' && index % 4 !== 3) || (locale === 'en' && index % 5 !== 0);

const pick = (count, index, step, modulo) => Array.from({ length: count }, (_, k) => (index * step + k * 5) % modulo);

/**
 * A picture's texts in every locale, the same as the file's own: Pressroom answers with the
 * version's texts (src/image-texts), a vanilla Strapi with the file's, and the read benchmark
 * compares the two answers.
 */
const imageText = (k) => ({ alternativeText: `Picture ${k}`, caption: `Caption ${k}` });

async function createFiles(strapi, prefix) {
  const files = strapi.db.query('plugin::upload.file');
  const image = (k) => ({
    name: `${prefix}-image-${k}.jpg`,
    alternativeText: `Picture ${k}`,
    caption: `Caption ${k}`,
    width: 1200,
    height: 800,
    formats: {
      thumbnail: {
        name: `thumbnail_${prefix}-image-${k}.jpg`,
        ext: '.jpg',
        mime: 'image/jpeg',
        width: 234,
        height: 156,
        size: 8.1,
        url: `/uploads/thumbnail_${prefix}_${k}.jpg`,
      },
      small: {
        name: `small_${prefix}-image-${k}.jpg`,
        ext: '.jpg',
        mime: 'image/jpeg',
        width: 500,
        height: 333,
        size: 31.2,
        url: `/uploads/small_${prefix}_${k}.jpg`,
      },
    },
    hash: `${prefix}_${k}`,
    ext: '.jpg',
    mime: 'image/jpeg',
    size: 120.5,
    url: `/uploads/${prefix}_${k}.jpg`,
    provider: 'local',
    folderPath: '/',
  });
  const images = [];
  for (let k = 0; k < IMAGES; k += 1) images.push((await files.create({ data: image(k) })).id);
  const pdf = await files.create({
    data: {
      name: `${prefix}-contract.pdf`,
      hash: `${prefix}_contract`,
      ext: '.pdf',
      mime: 'application/pdf',
      size: 88.4,
      url: `/uploads/${prefix}_contract.pdf`,
      provider: 'local',
      folderPath: '/',
    },
  });
  return { images, pdf: pdf.id };
}

/** Creates a document in every locale `dataFor` answers for (ru first), published; returns its documentId. */
async function createDocument(strapi, uid, dataFor) {
  const documents = strapi.documents(uid);
  let documentId;
  for (const locale of LOCALES) {
    const data = dataFor(locale);
    if (!data) continue;
    if (documentId) await documents.update({ documentId, locale, data, status: 'published' });
    else documentId = (await documents.create({ locale, data, status: 'published' })).documentId;
  }
  return documentId;
}

/**
 * Fills the database; `announcements` sets their number. `prefix` keeps slugs apart from other
 * content (the demo's). Returns the documentIds created.
 */
async function fillReadPathContent(strapi, { announcements = 120, prefix = 'rp' } = {}) {
  const files = await createFiles(strapi, prefix);
  const partners = [];
  for (let p = 0; p < PARTNERS; p += 1) {
    partners.push(
      await createDocument(strapi, MEDIA_PARTNER, (locale) => ({
        name: `${locale.toUpperCase()} agency ${p}`,
        shortName: `A${p}`,
        slug: `${prefix}-agency-${p}-${locale}`,
        country: ['CN', 'RU', 'KZ', 'UZ'][p % 4],
        kind: 'news-agency',
        website: `https://agency-${p}.example`,
        logo: files.images[p % IMAGES],
        logoText: imageText(p % IMAGES),
        leaders: [
          { name: `Leader ${p} (${locale})`, position: 'Director' },
          { name: `Deputy ${p}`, position: 'Deputy' },
        ],
        partnerSince: `201${p % 10}-01-01`,
      }))
    );
  }
  const contracts = [];
  for (let c = 0; c < CONTRACTS; c += 1) {
    contracts.push(
      await createDocument(strapi, CONTRACT, (locale) => ({
        title: `Contract ${c} (${locale})`,
        slug: `${prefix}-contract-${c}-${locale}`,
        number: `N-${c}`,
        signedOn: `2016-0${(c % 9) + 1}-1${c % 10}`,
        signedIn: `City ${c}`,
        partner: partners[c % PARTNERS],
        signatories: [{ name: `Signatory ${c}`, position: 'Head', organization: `Org ${c}` }],
        contractStatus: 'active',
        document: files.pdf,
      }))
    );
  }
  const exhibitions = [];
  for (let e = 0; e < EXHIBITIONS; e += 1) {
    exhibitions.push(
      await createDocument(strapi, PHOTO_EXHIBITION, (locale) => ({
        title: `Exhibition ${e} (${locale})`,
        slug: `${prefix}-exhibition-${e}-${locale}`,
        venue: `Hall ${e}`,
        city: 'Beijing',
        opensOn: '2017-03-01',
        closesOn: '2017-03-31',
        photos: [0, 1, 2].map((k) => ({
          image: files.images[(e + k) % IMAGES],
          caption: `Photo ${k} of exhibition ${e} (${locale})`,
          author: `Author ${k}`,
          takenOn: `2016-1${k}-01`,
        })),
      }))
    );
  }
  const created = [];
  for (let index = 0; index < announcements; index += 1) {
    const documentId = await createDocument(strapi, ANNOUNCEMENT, (locale) =>
      inAnnouncementLocale(index, locale)
        ? {
            title: `Announcement ${index} (${locale})`,
            slug: `${prefix}-announcement-${index}-${locale}`,
            summary: `Summary of announcement ${index} in ${locale}`,
            category: ['event', 'news', 'statement', 'upcoming-event'][index % 4],
            eventDate: `2017-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
            location: `Place ${index % 7}`,
            cover: index % 6 === 5 ? null : files.images[index % IMAGES],
            coverText: index % 6 === 5 ? null : imageText(index % IMAGES),
            mediaPartners: pick(1 + (index % 3), index, 7, PARTNERS).map((p) => partners[p]),
            contracts: pick(index % 3, index, 5, CONTRACTS).map((c) => contracts[c]),
            photoExhibitions: pick(index % 5 < 3 ? 1 : 0, index, 3, EXHIBITIONS).map((e) => exhibitions[e]),
          }
        : null
    );
    if (index % 7 === 0) {
      await strapi.documents(ANNOUNCEMENT).update({
        documentId,
        locale: 'ru',
        data: { title: `Announcement ${index} (ru, draft change)`, mediaPartners: [partners[(index + 1) % PARTNERS]] },
      });
    }
    created.push(documentId);
  }
  return { announcements: created, partners, contracts, exhibitions };
}

module.exports = { fillReadPathContent, inAnnouncementLocale };
