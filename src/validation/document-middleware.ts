import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_RULES } from './content-rules';
import { findProblems, type FieldProblem } from './rules';
import { onlyFor } from '../documents/only-for';

const WRITE_ACTIONS = new Set(['create', 'update']);

const toValidationError = (problems: FieldProblem[]) =>
  new errors.ValidationError(problems.length === 1 ? problems[0].message : `${problems.length} errors occurred`, {
    errors: problems.map(({ path, message, value }) => ({
      path,
      message,
      name: 'ValidationError',
      value,
    })),
  });

/**
 * Validates documents on every write path (REST, GraphQL, admin panel, scripts) because all of
 * them go through the Document Service. On update, fields missing from the payload keep their
 * stored values, so a rule over two fields (validFrom/validUntil) sees the whole picture.
 */
export const contentValidation = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  onlyFor([...WRITE_ACTIONS], async (context, next) => {
    const rules = CONTENT_RULES[context.uid];
    if (!rules) return next();

    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    const fields = [...new Set(rules.flatMap((rule) => rule.fields))];
    if (!fields.some((field) => field in data)) return next();

    const documentId = params.documentId;
    const stored = documentId
      ? await strapi.db.query(context.uid as any).findOne({ where: { documentId, publishedAt: null }, select: fields })
      : null;

    const values = { ...(stored ?? {}), ...data };
    const problems = findProblems(rules, values);
    if (problems.length > 0) throw toValidationError(problems);
    return next();
  });
