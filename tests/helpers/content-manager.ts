/** The Content Manager's admin routes, as the panel calls them, for a user's admin JWT. */
import type request from 'supertest';
import { bearer } from './http';

type Http = ReturnType<typeof request>;

export const cm = (uid: string, documentId?: string, suffix = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}${suffix}`;

export const contentManagerAs = (http: Http, token: string) => ({
  create: (uid: string, locale: string, data: object) =>
    http
      .post(`${cm(uid)}?locale=${locale}`)
      .set(bearer(token))
      .send(data),
  update: (uid: string, documentId: string, locale: string, data: object) =>
    http
      .put(`${cm(uid, documentId)}?locale=${locale}`)
      .set(bearer(token))
      .send(data),
  read: (uid: string, documentId: string, locale: string) => http.get(`${cm(uid, documentId)}?locale=${locale}`).set(bearer(token)),
  list: (uid: string, locale: string) => http.get(`${cm(uid)}?locale=${locale}`).set(bearer(token)),
  remove: (uid: string, documentId: string, locale: string) => http.delete(`${cm(uid, documentId)}?locale=${locale}`).set(bearer(token)),
  clone: (uid: string, documentId: string, locale: string, data: object) =>
    http
      .post(`${cm(uid, `clone/${documentId}`)}?locale=${locale}`)
      .set(bearer(token))
      .send(data),
  publish: (uid: string, documentId: string, locale: string) =>
    http
      .post(`${cm(uid, documentId, '/actions/publish')}?locale=${locale}`)
      .set(bearer(token))
      .send({}),
});
