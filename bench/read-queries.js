'use strict';
/** The README's GraphQL query (10 announcements with their relations), read by bench:read and bench/profile-graphql.js. */
const README_QUERY = `query Announcements($locale: I18NLocaleCode = "en") {
  announcements(locale: $locale, sort: "eventDate:desc", pagination: { pageSize: 10 }) {
    documentId slug title summary category eventDate location
    cover { url alternativeText formats }
    mediaPartners { slug name shortName country website }
    contracts { slug title signedOn partner { name } }
    photoExhibitions { slug title photos { caption image { url formats } } }
  }
}`;

module.exports = { README_QUERY };
