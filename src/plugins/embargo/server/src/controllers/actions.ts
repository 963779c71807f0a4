/** Admin routes of the embargo actions: check the request, ask the services, shape the answer. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { checkActionChange, checkListQuery, checkNewAction, type PlanRules } from '../domain/actions';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actions = () => getService(strapi, 'actions');

  async function planRules(): Promise<PlanRules> {
    const config = getConfig(strapi);
    const locales = await strapi.plugin('i18n').service('locales').find();
    return {
      contentTypes: config.contentTypes,
      locales: locales.map((locale: { code: string }) => locale.code),
      defaultTimeZone: config.timeZone,
      now: new Date(),
      maxDaysAhead: config.maxDaysAhead,
    };
  }

  const idOf = (ctx: Context) => {
    const id = Number(ctx.params.id);
    return Number.isInteger(id) && id > 0 ? id : null;
  };

  /** Why a change or cancel found no pending action: gone, or over already. */
  async function notPending(ctx: Context, id: number, doing: string) {
    const action = await actions().findOne(id);
    if (!action) return ctx.notFound(`No embargo action ${id}.`);
    ctx.status = 409;
    ctx.body = {
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: `Embargo action ${id} is ${action.status}: only a pending one can be ${doing}.`,
        details: { action },
      },
    };
  }

  return {
    /** GET /embargo/actions?status&kind&locale&contentType&documentId&when&page&pageSize */
    async find(ctx: Context) {
      const rules = await planRules();
      const check = checkListQuery(ctx.query, { locales: rules.locales, maxPageSize: getConfig(strapi).maxPageSize });
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      ctx.body = await actions().list(check.value);
    },

    /** GET /embargo/actions/:id */
    async findOne(ctx: Context) {
      const id = idOf(ctx);
      const action = id && (await actions().findOne(id));
      if (!action) return ctx.notFound(`No embargo action ${ctx.params.id}.`);
      ctx.body = { data: action };
    },

    /** POST /embargo/actions { contentType, documentId, kind, locales, at + timeZone | dueAt } */
    async create(ctx: Context) {
      const check = checkNewAction(ctx.request.body, await planRules());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      const plan = check.value;
      if (!(await actions().documentExists(plan.contentType, plan.documentId))) {
        return ctx.badRequest(`documentId: no ${plan.contentType} document ${plan.documentId}`, { parameter: 'documentId' });
      }
      const action = await actions().create(plan, ctx.state.user);
      void getService(strapi, 'scheduler').wake();
      ctx.status = 201;
      ctx.body = { data: action };
    },

    /** PUT /embargo/actions/:id { at + timeZone | dueAt, locales } */
    async update(ctx: Context) {
      const id = idOf(ctx);
      const current = id && (await actions().findOne(id));
      if (!id || !current) return ctx.notFound(`No embargo action ${ctx.params.id}.`);
      const check = checkActionChange(ctx.request.body, current, await planRules());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      const action = await actions().change(id, check.value);
      if (!action) return notPending(ctx, id, 'changed');
      void getService(strapi, 'scheduler').wake();
      ctx.body = { data: action };
    },

    /** DELETE /embargo/actions/:id: lifts the embargo (the action is kept, cancelled, for the record). */
    async cancel(ctx: Context) {
      const id = idOf(ctx);
      if (!id) return ctx.notFound(`No embargo action ${ctx.params.id}.`);
      const action = await actions().cancel(id, ctx.state.user);
      if (!action) return notPending(ctx, id, 'cancelled');
      ctx.body = { data: action };
    },

    /** GET /embargo/settings: what the panel needs to offer a schedule (default zone, locales). */
    async settings(ctx: Context) {
      const rules = await planRules();
      ctx.body = { data: { timeZone: rules.defaultTimeZone, locales: rules.locales, contentTypes: rules.contentTypes } };
    },
  };
};
