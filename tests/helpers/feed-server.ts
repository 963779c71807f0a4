/**
 * Agencies' feeds, served by the test itself on 127.0.0.1: each route answers with the status,
 * headers and bytes the test gives, and every request is recorded.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>;

export interface FeedServer {
  url(path: string): string;
  route(path: string, handler: Route): void;
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startFeedServer(host = '127.0.0.1'): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const sockets = new Set<import('net').Socket>();
  const server = http.createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await handler(request, response);
    } catch {
      response.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that sends a feed document. */
export const serve =
  (body: string | Buffer, contentType = 'application/rss+xml', extraHeaders: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, ...extraHeaders }).end(body);
  };

/** An RSS 2.0 document with the given items. */
export const rss = (items: { title: string; link: string; guid?: string; description?: string; pubDate?: string }[], encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<rss version="2.0"><channel><title>Test agency</title><link>https://agency.test</link><description>Test</description>${items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.link}</link>${item.guid ? `<guid isPermaLink="false">${item.guid}</guid>` : ''}${
          item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''
        }<description>${item.description ?? ''}</description></item>`
    )
    .join('')}</channel></rss>`;
