/** Embargo tests: documents in every locale, actions set through the admin API, a webhook receiver. */
import http from 'http';
import type { AddressInfo } from 'net';
import type request from 'supertest';
import { ANNOUNCEMENT } from '../../src/content-types';
import { bearer } from './http';
import type { Pressroom } from './pressroom';

type Http = ReturnType<typeof request>;

const { formatInZone } = require('../../src/plugins/embargo/dist/server/domain/time-zones');

export const ACTION = 'plugin::embargo.action';
export const LOCALES = ['ru', 'zh', 'en'];

let sequence = 0;

/** A draft announcement with a version in each locale given, none published. */
export async function draftAnnouncement({ strapi }: Pressroom, locales = LOCALES): Promise<string> {
  const mark = `${Date.now()}-${++sequence}`;
  const documents = strapi.documents(ANNOUNCEMENT);
  const [first, ...others] = locales;
  const created = await documents.create({
    locale: first,
    data: { title: `Embargoed ${first} ${mark}`, slug: `embargoed-${first}-${mark}`, category: 'news' } as any,
  });
  for (const locale of others) {
    await documents.update({
      documentId: created.documentId,
      locale,
      data: { title: `Embargoed ${locale} ${mark}`, slug: `embargoed-${locale}-${mark}` } as any,
    });
  }
  return created.documentId;
}

/** The wall-clock time, to the second, in a zone, `ms` from now rounded up to a whole second. */
export function wallTimeIn(ms: number, timeZone: string): { at: string; dueAt: Date } {
  const dueAt = new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);
  return { at: formatInZone(dueAt, timeZone).slice(0, 19), dueAt };
}

export const embargoApi = (client: Http, token: string) => ({
  create: (body: object) => client.post('/embargo/actions').set(bearer(token)).send(body),
  list: (query = '') => client.get(`/embargo/actions${query}`).set(bearer(token)),
  get: (id: number) => client.get(`/embargo/actions/${id}`).set(bearer(token)),
  change: (id: number, body: object) => client.put(`/embargo/actions/${id}`).set(bearer(token)).send(body),
  cancel: (id: number) => client.delete(`/embargo/actions/${id}`).set(bearer(token)),
});

/** The stored action row. */
export const actionRow = ({ strapi }: Pressroom, id: number) => strapi.db.query(ACTION as any).findOne({ where: { id } });

/** Waits until the action is no longer pending (the scheduler ran it, here or elsewhere). */
export async function settled(pressroom: Pressroom, id: number, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const row = await actionRow(pressroom, id);
    if (row.status !== 'pending' && row.status !== 'running') return row;
    if (Date.now() > until) throw new Error(`Embargo action ${id} still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Which locales of a document the public REST API shows, as a website reads them. */
export async function publicLocales(client: Http, documentId: string) {
  const shown: string[] = [];
  for (const locale of LOCALES) {
    const response = await client.get(`/api/announcements/${documentId}?locale=${locale}`);
    if (response.status === 200) shown.push(locale);
  }
  return shown;
}

export interface WebhookReceiver {
  url: string;
  calls: { event: string; body: any; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A local HTTP server recording what Strapi's webhooks post to it. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const calls: WebhookReceiver['calls'] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text || '{}');
      calls.push({ event: body.event, body, headers: req.headers });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, calls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
