/**
 * Brings the Content Manager views of Pressroom's types and components to ./views.ts at every
 * boot, through the content-manager's own configuration services, leaving alone whatever an
 * administrator changed by hand (./merge-view.ts decides, from what we applied last time).
 */
import type { Core } from '@strapi/strapi';
import { mergeView, type AppliedLeaves, type View } from './merge-view';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS } from './views';

const STORE = { type: 'app', name: 'pressroom' } as const;
const APPLIED_KEY = 'content-manager-views';

/** Widths Strapi does not let change (blocks, components...) take the type's fixed width. */
function withAllowedSizes(strapi: Core.Strapi, schema: { attributes: Record<string, any> }, view: View): View {
  const fieldSizes = strapi.plugin('content-manager').service('field-sizes');
  const edit = view.layouts?.edit?.map((row) =>
    row.map(({ name, size }) => {
      const { default: fixed, isResizable } = fieldSizes.getFieldSize(schema.attributes[name].customField ?? schema.attributes[name].type);
      return { name, size: isResizable ? size : fixed };
    })
  );
  return edit ? { ...view, layouts: { ...view.layouts, edit } } : view;
}

export async function applyContentManagerViews(strapi: Core.Strapi) {
  const store = strapi.store(STORE);
  const applied: Record<string, AppliedLeaves> = ((await store.get({ key: APPLIED_KEY })) as any) ?? {};
  const appliedBefore = JSON.stringify(applied);
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const components = strapi.plugin('content-manager').service('components');

  const targets = [
    ...Object.entries(CONTENT_TYPE_VIEWS).map(([uid, view]) => ({
      uid,
      view,
      schema: strapi.contentType(uid as any),
      service: contentTypes,
    })),
    ...Object.entries(COMPONENT_VIEWS).map(([uid, view]) => ({ uid, view, schema: strapi.components[uid as any], service: components })),
  ];
  for (const { uid, view, schema, service } of targets) {
    if (!schema) continue; // a plugin that is not installed
    const model = { uid, ...(schema as object) };
    const stored = await service.findConfiguration(model);
    const merged = mergeView(stored, withAllowedSizes(strapi, schema as any, view), applied[uid]);
    if (merged.changed) {
      const { settings, metadatas, layouts } = merged.configuration as any;
      await service.updateConfiguration(model, { settings, metadatas, layouts });
    }
    if (merged.kept.length > 0) strapi.log.debug(`[pressroom] ${uid}: kept hand-made view settings ${merged.kept.join(', ')}`);
    applied[uid] = merged.applied;
  }
  // Written only when it changed: a command-line script (seed, admin:create...) boots beside a
  // running instance on the same SQLite file, and a write it does not need can meet the
  // instance's write lock (SQLITE_BUSY, "database is locked").
  if (JSON.stringify(applied) !== appliedBefore) await store.set({ key: APPLIED_KEY, value: applied });
}
