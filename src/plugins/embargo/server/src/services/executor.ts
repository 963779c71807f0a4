/**
 * Runs one due action, exactly once whatever the number of instances: in one transaction, the row
 * is claimed (UPDATE … WHERE id = ? AND status = 'pending': one instance gets the row, the others
 * wait for its commit and then find it taken), the chosen locales are published or unpublished
 * through the Document Service in one call with the list of locales (one pass of its reads and of
 * every document middleware, the response cache's invalidation included, instead of one per
 * locale), and the outcome is written. An "as scheduled" action publishes, for each locale whose draft
 * changed since it was set, the snapshot taken then: in the same transaction the draft is set to
 * the snapshot, published, and set back to the later edits (Strapi publishes by copying the draft,
 * so the draft is the one way in). Websites see all the locales change at the commit, or none. An
 * instance that dies mid-way rolls back: the action stays pending and another instance runs it.
 */
import { hostname } from 'os';
import type { Core } from '@strapi/strapi';
import { ACTION } from '../content-types';
import { localesFromStored, type Kind } from '../domain/actions';
import { localeParameter, publishSteps, type Snapshot } from '../domain/snapshot';
import { isDue, outcomeOf } from '../domain/timing';
import { getConfig } from '../config';
import { instantOf } from './actions';
import { runAsEmbargo } from '../execution-context';
import { EXECUTED_EVENT, type ExecutedEvent } from '../webhooks';
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

  /** The current drafts of the locales an as-scheduled action kept a snapshot of (the others need no read). */
  async function draftsToCompare(uid: string, documentId: string, locales: string[], snapshots: Snapshots) {
    const drafts: Record<string, Record<string, unknown> | null> = {};
    for (const locale of locales) {
      if (snapshots[locale]) drafts[locale] = await getService(strapi, 'snapshots').draftOf(uid, documentId, locale);
    }
    return drafts;
  }

  /** Publishes the snapshot of a locale's draft, keeping the later edits as the draft. */
  async function publishSnapshot(uid: string, documentId: string, locale: string, snapshot: Snapshot, current: Record<string, unknown>) {
    const documents = strapi.documents(uid as any);
    await documents.update({ documentId, locale, data: snapshot.data as any });
    await documents.publish({ documentId, locale });
    await documents.update({ documentId, locale, data: current as any });
  }

  /** Publishes or unpublishes the locales, all in the caller's transaction. */
  async function act(row: any, kind: Kind, locales: string[]) {
    if (locales.length === 0) return;
    const uid: string = row.contentType;
    const documentId: string = row.entryDocumentId;
    const documents = strapi.documents(uid as any);
    if (kind === 'unpublish') {
      await documents.unpublish({ documentId, locale: localeParameter(locales) as any });
      return;
    }
    const snapshots: Snapshots = row.versions === 'as-scheduled' ? (row.snapshots ?? {}) : {};
    const current = await draftsToCompare(uid, documentId, locales, snapshots);
    const steps = publishSteps(locales, snapshots, current);
    if (steps.drafts.length > 0) await documents.publish({ documentId, locale: localeParameter(steps.drafts) as any });
    for (const locale of steps.snapshots) await publishSnapshot(uid, documentId, locale, snapshots[locale], current[locale]!);
  }

  async function runOnce(id: number): Promise<{ execution: Execution; event?: ExecutedEvent }> {
    return strapi.db.transaction(async () => {
      const row = await query().findOne({ where: { id } });
      if (!row || row.status !== 'pending') return { execution: { result: 'taken' } as const };
      const dueAt = instantOf(row.dueAtMs)!;
      if (!isDue(dueAt, new Date())) return { execution: { result: 'not-due' } as const };
      const { count } = await query().updateMany({ where: { id, status: 'pending' }, data: { status: 'running' } });
      if (count !== 1) return { execution: { result: 'taken' } as const };

      const executedAt = new Date();
      const kind: Kind = row.kind;
      const locales = await localesToChange(row.contentType, row.entryDocumentId, kind, localesFromStored(row.locales));
      await runAsEmbargo(id, () => act(row, kind, locales));
      const { status, lateByMs } = outcomeOf(dueAt, executedAt, getConfig(strapi).scheduler.lateAfterMs);
      await query().updateMany({
        where: { id },
        data: { status, executedAtMs: executedAt.getTime(), lateByMs, executedOn: instanceName, publishedLocales: locales, error: null },
      });
      return {
        execution: { result: 'executed', id, status, locales, lateByMs } as const,
        event: {
          action: { id, kind, status },
          document: { contentType: row.contentType, documentId: row.entryDocumentId },
          locales,
          plannedAt: dueAt.toISOString(),
          executedAt: executedAt.toISOString(),
          lateByMs,
          timeZone: row.timeZone,
        },
      };
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

  return {
    /** Runs the action if it is due and still pending; see the top of this file. */
    async execute(id: number): Promise<Execution> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const { execution, event } = await runOnce(id);
          if (event) await strapi.eventHub.emit(EXECUTED_EVENT, event);
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
