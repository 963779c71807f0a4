/**
 * Runs one due action, exactly once whatever the number of instances: in one transaction, the row
 * is claimed (UPDATE … WHERE id = ? AND status = 'pending': one instance gets the row, the others
 * wait for its commit and then find it taken), every chosen locale is published or unpublished
 * through the Document Service (its middlewares, the response cache's included, see the change),
 * and the outcome is written. An "as scheduled" action publishes, for each locale whose draft
 * changed since it was set, the snapshot taken then: in the same transaction the draft is set to
 * the snapshot, published, and set back to the later edits (Strapi publishes by copying the draft,
 * so the draft is the one way in). Websites see all the locales change at the commit, or none. An
 * instance that dies mid-way rolls back: the action stays pending and another instance runs it.
 */
import { hostname } from 'os';
import type { Core } from '@strapi/strapi';
import { ACTION } from '../content-types';
import { localesFromStored, type Kind } from '../domain/actions';
import { publishPlan } from '../domain/snapshot';
import { isDue, outcomeOf } from '../domain/timing';
import { getConfig } from '../config';
import { instantOf } from './actions';
import { runAsEmbargo } from '../execution-context';
import { EXECUTED_EVENT } from '../webhooks';
import { getService } from '../get-service';
import type { Snapshots } from './snapshots';

export type Execution =
  | { result: 'executed'; id: number; status: 'done' | 'late'; locales: string[]; lateByMs: number }
  | { result: 'not-due' | 'taken' }
  | { result: 'failed'; id: number; error: string };

/** Deadlocks and busy databases: the whole transaction may simply run again. */
const isRetryable = (error: any) =>
  ['40P01', '40001', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY'].includes(error?.code) || error?.errno === 1213;

const MAX_ATTEMPTS = 4;

class ActionRefused extends Error {}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ACTION);
  const instanceName = `${hostname()}:${process.pid}`;

  /** The locales the action acts on: the chosen ones (each must exist), or every one that can change. */
  async function localesToChange(uid: string, documentId: string, kind: Kind, chosen: string[] | null) {
    const versions: { locale: string; publishedAt: unknown }[] = await strapi.db
      .query(uid as any)
      .findMany({ where: { documentId }, select: ['locale', 'publishedAt'] });
    const drafts = new Set(versions.filter((version) => !version.publishedAt).map((version) => version.locale));
    const published = new Set(versions.filter((version) => version.publishedAt).map((version) => version.locale));
    if (kind === 'publish') {
      if (chosen === null) {
        if (drafts.size === 0) throw new ActionRefused('The document no longer exists: there was nothing to publish.');
        return [...drafts].sort();
      }
      const missing = chosen.filter((locale) => !drafts.has(locale));
      if (missing.length > 0) {
        throw new ActionRefused(
          `The document has no ${missing.join(', ')} version: nothing was published (all the chosen locales or none).`
        );
      }
      return chosen;
    }
    return (chosen ?? [...published].sort()).filter((locale) => published.has(locale));
  }

  /** Publishes the snapshot of a locale's draft, keeping later edits (if any) as the draft. */
  async function publishAsScheduled(uid: string, documentId: string, locale: string, snapshot: Snapshots[string]) {
    const documents = strapi.documents(uid as any);
    const current = await getService(strapi, 'snapshots').draftOf(uid, documentId, locale);
    if (!current || publishPlan(snapshot, current) === 'draft') {
      await documents.publish({ documentId, locale });
      return;
    }
    await documents.update({ documentId, locale, data: snapshot.data as any });
    await documents.publish({ documentId, locale });
    await documents.update({ documentId, locale, data: current as any });
  }

  async function runOnce(id: number): Promise<Execution> {
    return strapi.db.transaction(async () => {
      const row = await query().findOne({ where: { id } });
      if (!row || row.status !== 'pending') return { result: 'taken' } as const;
      const dueAt = instantOf(row.dueAtMs)!;
      if (!isDue(dueAt, new Date())) return { result: 'not-due' } as const;
      const { count } = await query().updateMany({ where: { id, status: 'pending' }, data: { status: 'running' } });
      if (count !== 1) return { result: 'taken' } as const;

      const executedAt = new Date();
      const kind: Kind = row.kind;
      const locales = await localesToChange(row.contentType, row.entryDocumentId, kind, localesFromStored(row.locales));
      const documents = strapi.documents(row.contentType);
      const documentId: string = row.entryDocumentId;
      const snapshots: Snapshots = row.versions === 'as-scheduled' ? (row.snapshots ?? {}) : {};
      await runAsEmbargo(id, async () => {
        for (const locale of locales) {
          if (kind === 'unpublish') await documents.unpublish({ documentId, locale });
          else if (!snapshots[locale]) await documents.publish({ documentId, locale });
          else await publishAsScheduled(row.contentType, documentId, locale, snapshots[locale]);
        }
      });
      const { status, lateByMs } = outcomeOf(dueAt, executedAt, getConfig(strapi).scheduler.lateAfterMs);
      await query().update({
        where: { id },
        data: { status, executedAtMs: executedAt.getTime(), lateByMs, executedOn: instanceName, publishedLocales: locales, error: null },
      });
      return { result: 'executed', id, status, locales, lateByMs } as const;
    });
  }

  async function recordFailure(id: number, error: unknown): Promise<Execution> {
    const message = error instanceof Error ? error.message : String(error);
    const { count } = await query().updateMany({
      where: { id, status: 'pending' },
      data: { status: 'failed', error: message.slice(0, 2000), executedAtMs: Date.now(), executedOn: instanceName },
    });
    if (count !== 1) return { result: 'taken' };
    if (error instanceof ActionRefused) strapi.log.warn(`[embargo] Action ${id} failed: ${message}`);
    else strapi.log.error(`[embargo] Action ${id} failed: ${message}`);
    return { result: 'failed', id, error: message };
  }

  async function announce(id: number) {
    const row = await query().findOne({ where: { id } });
    await strapi.eventHub.emit(EXECUTED_EVENT, {
      action: { id, kind: row.kind, status: row.status },
      document: { contentType: row.contentType, documentId: row.entryDocumentId },
      locales: row.publishedLocales,
      plannedAt: instantOf(row.dueAtMs)!.toISOString(),
      executedAt: instantOf(row.executedAtMs)!.toISOString(),
      lateByMs: Number(row.lateByMs),
      timeZone: row.timeZone,
    });
  }

  return {
    /** Runs the action if it is due and still pending; see the top of this file. */
    async execute(id: number): Promise<Execution> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const execution = await runOnce(id);
          if (execution.result === 'executed') await announce(id);
          return execution;
        } catch (error) {
          if (attempt < MAX_ATTEMPTS && isRetryable(error)) {
            await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
            continue;
          }
          return recordFailure(id, error);
        }
      }
    },
  };
};
