/**
 * The embargo actions as stored: set, change, cancel, list, and what the scheduler and the
 * early-publish guard ask (the next due time, the due actions, a document's pending ones).
 */
import type { Core } from '@strapi/strapi';
import { ACTION } from '../content-types';
import {
  FINISHED_STATUSES,
  localesFromStored,
  storedLocales,
  type ActionChange,
  type ActionPlan,
  type Kind,
  type ListQuery,
  type Status,
  type Versions,
} from '../domain/actions';
import { snapshotLocalesToTake } from '../domain/snapshot';
import { getService } from '../get-service';
import type { Snapshots } from './snapshots';
import { formatInZone } from '../domain/time-zones';

/** An action as the API shows it. */
export interface ActionView {
  id: number;
  contentType: string;
  documentId: string;
  title: string | null;
  kind: Kind;
  /** null: every locale the document has when the action runs. */
  locales: string[] | null;
  dueAt: string;
  /** The due time on the wall clock of the chosen zone, with its offset. */
  dueAtInZone: string;
  timeZone: string;
  /** Which versions a publish puts out: each locale's latest draft, or its draft as it stood when scheduled. */
  versions: Versions;
  /** as-scheduled: the locales whose drafts were kept when scheduled (a locale added later goes out as its latest draft). */
  snapshotLocales: string[];
  status: Status;
  scheduledBy: { id: number | null; name: string | null };
  executedAt: string | null;
  lateByMs: number | null;
  executedOn: string | null;
  /** The locales the action published or unpublished. */
  actedLocales: string[] | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  error: string | null;
  createdAt: string;
}

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
}

export const nameOf = (user: AdminUser) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `admin #${user.id}`;

/**
 * Instants are stored as UTC milliseconds (biginteger), not as Strapi datetimes: PostgreSQL and
 * MySQL datetime columns hold wall times read in each process's own zone, and instances in two
 * zones would disagree on when an action is due.
 */
export const instantOf = (ms: unknown) => (ms === null || ms === undefined ? null : new Date(Number(ms)));
const iso = (ms: unknown) => instantOf(ms)?.toISOString() ?? null;

export function toView(row: any, title: string | null = null): ActionView {
  return {
    id: row.id,
    contentType: row.contentType,
    documentId: row.entryDocumentId,
    title,
    kind: row.kind,
    locales: localesFromStored(row.locales),
    dueAt: iso(row.dueAtMs)!,
    dueAtInZone: formatInZone(instantOf(row.dueAtMs)!, row.timeZone),
    timeZone: row.timeZone,
    versions: row.versions ?? 'latest',
    snapshotLocales: Object.keys(row.snapshots ?? {}),
    status: row.status,
    scheduledBy: { id: row.scheduledById ?? null, name: row.scheduledByName ?? null },
    executedAt: iso(row.executedAtMs),
    lateByMs: row.lateByMs === null || row.lateByMs === undefined ? null : Number(row.lateByMs),
    executedOn: row.executedOn ?? null,
    actedLocales: row.publishedLocales ?? null,
    cancelledAt: iso(row.cancelledAtMs),
    cancelledBy: row.cancelledByName ?? null,
    error: row.error ?? null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ACTION);

  /** The display title of documents, by the Content Manager's main field of their type, in any locale. */
  async function titlesOf(rows: any[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    const byType = new Map<string, string[]>();
    for (const row of rows) byType.set(row.contentType, [...(byType.get(row.contentType) ?? []), row.entryDocumentId]);
    for (const [contentType, documentIds] of byType) {
      if (!strapi.contentTypes[contentType as keyof typeof strapi.contentTypes]) continue;
      const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration({ uid: contentType });
      const mainField: string = configuration?.settings?.mainField ?? 'documentId';
      const versions = await strapi.db.query(contentType as any).findMany({
        where: { documentId: { $in: [...new Set(documentIds)] } },
        select: ['documentId', 'locale', mainField],
        orderBy: { locale: 'asc' },
      });
      for (const version of versions) {
        if (!titles.has(version.documentId) && version[mainField]) titles.set(version.documentId, String(version[mainField]));
      }
    }
    return titles;
  }

  /**
   * The snapshots an as-scheduled action keeps for its locales (null: every locale with a draft
   * now): the existing ones for locales still covered, new ones for the others, or all new (`retake`).
   */
  async function snapshotsFor(
    contentType: string,
    documentId: string,
    locales: string[] | null,
    existing: Snapshots | null,
    retake: boolean
  ): Promise<Snapshots> {
    const snapshots = getService(strapi, 'snapshots');
    const covered = locales ?? (await snapshots.draftLocales(contentType, documentId));
    const kept = retake ? {} : Object.fromEntries(Object.entries(existing ?? {}).filter(([locale]) => covered.includes(locale)));
    return snapshots.take(contentType, documentId, snapshotLocalesToTake(covered, kept, retake), kept);
  }

  async function views(rows: any[]) {
    const titles = await titlesOf(rows);
    return rows.map((row) => toView(row, titles.get(row.entryDocumentId) ?? null));
  }

  return {
    /** Whether a document exists, in any locale (translators may still be adding theirs). */
    async documentExists(contentType: string, documentId: string) {
      return (await strapi.db.query(contentType as any).count({ where: { documentId } })) > 0;
    },

    async create(plan: ActionPlan, user: AdminUser) {
      const snapshots =
        plan.versions === 'as-scheduled' ? await snapshotsFor(plan.contentType, plan.documentId, plan.locales, null, true) : null;
      const row = await query().create({
        data: {
          contentType: plan.contentType,
          entryDocumentId: plan.documentId,
          kind: plan.kind,
          locales: storedLocales(plan.locales),
          dueAtMs: plan.dueAt.getTime(),
          timeZone: plan.timeZone,
          versions: plan.versions,
          snapshots,
          status: 'pending',
          scheduledById: user.id,
          scheduledByName: nameOf(user),
        },
      });
      return (await views([row]))[0];
    },

    async findOne(id: number) {
      const row = await query().findOne({ where: { id } });
      return row ? (await views([row]))[0] : null;
    },

    /**
     * Changes a pending action; null when it is no longer pending (it ran, or was cancelled, maybe
     * on another instance a moment ago): the WHERE on the status decides, not an earlier read.
     */
    async change(id: number, change: ActionChange) {
      const data: Record<string, unknown> = {};
      if ('versions' in change || 'locales' in change) {
        const row = await query().findOne({ where: { id } });
        if (!row) return null;
        const versions = change.versions ?? row.versions ?? 'latest';
        data.versions = versions;
        data.snapshots =
          versions === 'latest'
            ? null
            : await snapshotsFor(
                row.contentType,
                row.entryDocumentId,
                'locales' in change ? (change.locales ?? null) : localesFromStored(row.locales),
                row.snapshots,
                change.versions === 'as-scheduled'
              );
      }
      if (change.dueAt) data.dueAtMs = change.dueAt.getTime();
      if (change.timeZone) data.timeZone = change.timeZone;
      if ('locales' in change) data.locales = storedLocales(change.locales ?? null);
      const { count } = await query().updateMany({ where: { id, status: 'pending' }, data });
      return count === 1 ? this.findOne(id) : null;
    },

    /** Cancels a pending action; null when it is no longer pending. */
    async cancel(id: number, user: AdminUser) {
      const { count } = await query().updateMany({
        where: { id, status: 'pending' },
        data: { status: 'cancelled', cancelledAtMs: Date.now(), cancelledByName: nameOf(user) },
      });
      return count === 1 ? this.findOne(id) : null;
    },

    async list(filters: ListQuery) {
      const where: Record<string, unknown>[] = [];
      if (filters.status) where.push({ status: { $in: filters.status } });
      else if (filters.when === 'upcoming') where.push({ status: 'pending' });
      else if (filters.when === 'past') where.push({ status: { $in: FINISHED_STATUSES } });
      if (filters.kind) where.push({ kind: filters.kind });
      if (filters.contentType) where.push({ contentType: filters.contentType });
      if (filters.documentId) where.push({ entryDocumentId: filters.documentId });
      if (filters.locale) where.push({ $or: [{ locales: null }, { locales: { $contains: `,${filters.locale},` } }] });
      const filter = { $and: where };
      const direction = filters.when === 'past' ? 'desc' : 'asc';
      const [rows, total] = await Promise.all([
        query().findMany({
          where: filter,
          orderBy: [{ dueAtMs: direction }, { id: direction }],
          offset: (filters.page - 1) * filters.pageSize,
          limit: filters.pageSize,
        }),
        query().count({ where: filter }),
      ]);
      return {
        data: await views(rows),
        meta: { pagination: { page: filters.page, pageSize: filters.pageSize, total, pageCount: Math.ceil(total / filters.pageSize) } },
      };
    },

    /** A document's pending actions of a kind, soonest first. */
    async pendingFor(contentType: string, documentId: string, kind: Kind) {
      const rows = await query().findMany({
        where: { contentType, entryDocumentId: documentId, kind, status: 'pending' },
        orderBy: [{ dueAtMs: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row) => toView(row));
    },

    /** When the soonest pending action is due, or null. */
    async nextDueAt(): Promise<Date | null> {
      const row = await query().findOne({ where: { status: 'pending' }, orderBy: [{ dueAtMs: 'asc' }], select: ['dueAtMs'] });
      return row ? instantOf(row.dueAtMs) : null;
    },

    /** Pending actions due at `now`, soonest first, at most `limit`. */
    async dueIds(now: Date, limit: number): Promise<number[]> {
      const rows = await query().findMany({
        where: { status: 'pending', dueAtMs: { $lte: now.getTime() } },
        orderBy: [{ dueAtMs: 'asc' }, { id: 'asc' }],
        select: ['id'],
        limit,
      });
      return rows.map((row) => row.id);
    },
  };
};
