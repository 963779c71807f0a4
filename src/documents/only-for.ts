/**
 * Document Service middlewares that concern some actions only (writes, most of them). Every
 * Document Service call of every request runs through each middleware: the others pass straight
 * on, without an async frame of the middleware's own (a promise and its async hooks per call).
 */
import type { Modules } from '@strapi/strapi';

type Middleware = Modules.Documents.Middleware.Middleware;

export function onlyFor(actions: readonly string[], middleware: Middleware): Middleware {
  const wanted = new Set(actions);
  return (context, next) => (wanted.has(context.action) ? middleware(context, next) : next());
}
