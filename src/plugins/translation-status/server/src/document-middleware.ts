/**
 * A Document Service middleware: after every write of a followed content type, whatever the path
 * (admin panel, REST, GraphQL, scripts), the document's translation records are brought in line.
 */
import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

/** Document Service actions after which a document's records may need to change. */
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export const trackWrites = (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] => {
  const afterWrite: Parameters<Core.Strapi['documents']['use']>[0] = async (context, next) => {
    const result: any = await next();
    const tracker = getService(strapi, 'tracker');
    if (!tracker.isFollowed(context.uid)) return result;
    const documentId = (context.params as { documentId?: string })?.documentId ?? result?.documentId;
    if (documentId) await tracker.refresh(context.uid, documentId);
    return result;
  };
  // Reads pass without an async frame of their own: every read of every request comes here.
  return (context, next) => (WRITES.has(context.action) ? afterWrite(context, next) : next());
};
