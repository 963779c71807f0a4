import {
  checkActionChange,
  checkListQuery,
  checkNewAction,
  coversLocale,
  localesFromStored,
  storedLocales,
  type PlanRules,
} from './actions';

const rules: PlanRules = {
  contentTypes: ['api::announcement.announcement'],
  locales: ['ru', 'zh', 'en'],
  defaultTimeZone: 'Asia/Shanghai',
  now: new Date('2026-11-29T00:00:00Z'),
  maxDaysAhead: 366,
};

const body = { contentType: 'api::announcement.announcement', documentId: 'abc', kind: 'publish', at: '2026-12-01T10:00' };

describe('checkNewAction', () => {
  it('reads a wall-clock time in the default zone (Beijing) as its UTC instant', () => {
    const result = checkNewAction(body, rules);
    expect(result).toEqual({
      ok: true,
      value: {
        ...body,
        at: undefined,
        locales: null,
        timeZone: 'Asia/Shanghai',
        dueAt: new Date('2026-12-01T02:00:00Z'),
        versions: 'latest',
      },
    });
  });

  it('takes an instant with an offset instead, and a chosen zone', () => {
    const result = checkNewAction({ ...body, at: undefined, dueAt: '2026-12-01T10:00:00+03:00', timeZone: 'Europe/Moscow' }, rules);
    expect(result.ok && result.value.dueAt.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(result.ok && result.value.timeZone).toBe('Europe/Moscow');
  });

  it('keeps chosen locales once each, in the site order', () => {
    const result = checkNewAction({ ...body, locales: ['en', 'ru', 'en'] }, rules);
    expect(result.ok && result.value.locales).toEqual(['ru', 'en']);
    expect(checkNewAction({ ...body, locales: 'all' }, rules)).toMatchObject({ ok: true, value: { locales: null } });
  });

  it.each([
    [{ contentType: 'api::x.x' }, 'contentType', /must be one of api::announcement/],
    [{ documentId: '' }, 'documentId', /documentId/],
    [{ kind: 'delete' }, 'kind', /publish, unpublish/],
    [{ locales: ['fr'] }, 'locales', /unknown locale fr/],
    [{ locales: [] }, 'locales', /non-empty list/],
    [{ timeZone: 'Beijing' }, 'timeZone', /IANA time zone/],
    [{ at: '2026-11-28T10:00' }, 'at', /in the future/],
    [{ at: '2028-11-28T10:00' }, 'at', /at most 366 days ahead/],
    [{ at: '1 December' }, 'at', /such as 2026-12-01T10:00/],
    [{ dueAt: '2026-12-01T02:00:00Z' }, 'at', /exactly one of at .* and dueAt/],
    [{ at: undefined, dueAt: '2026-12-01 02:00' }, 'dueAt', /with its offset/],
    [{ at: '2027-03-28T02:30', timeZone: 'Europe/Berlin' }, 'at', /does not exist in Europe\/Berlin/],
    [{ versions: 'newest' }, 'versions', /latest, as-scheduled/],
    [{ kind: 'unpublish', versions: 'as-scheduled' }, 'versions', /publish actions only/],
  ])('refuses %j, naming %s', (change, parameter, message) => {
    const result = checkNewAction({ ...body, ...change }, rules);
    expect(result).toMatchObject({ ok: false, parameter });
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('checkActionChange', () => {
  it('moves the time, read in the action zone unless another is given', () => {
    expect(checkActionChange({ at: '2026-12-02T09:30' }, { timeZone: 'Asia/Shanghai', kind: 'publish' as const }, rules)).toEqual({
      ok: true,
      value: { dueAt: new Date('2026-12-02T01:30:00Z') },
    });
    expect(
      checkActionChange({ at: '2026-12-02T09:30', timeZone: 'UTC' }, { timeZone: 'Asia/Shanghai', kind: 'publish' as const }, rules)
    ).toEqual({
      ok: true,
      value: { dueAt: new Date('2026-12-02T09:30:00Z'), timeZone: 'UTC' },
    });
  });

  it('refuses what cannot change, and an empty change', () => {
    expect(checkActionChange({ kind: 'unpublish' }, { timeZone: 'UTC', kind: 'publish' as const }, rules)).toMatchObject({
      ok: false,
      parameter: 'kind',
    });
    expect(checkActionChange({}, { timeZone: 'UTC', kind: 'publish' as const }, rules)).toMatchObject({ ok: false, parameter: 'body' });
    expect(checkActionChange({ timeZone: 'UTC' }, { timeZone: 'Asia/Shanghai', kind: 'publish' as const }, rules)).toMatchObject({
      ok: false,
      parameter: 'at',
    });
  });

  it('takes which versions go out, on create and on change', () => {
    expect(checkNewAction({ ...body, versions: 'as-scheduled' }, rules)).toMatchObject({ ok: true, value: { versions: 'as-scheduled' } });
    expect(checkActionChange({ versions: 'latest' }, { timeZone: 'UTC', kind: 'publish' }, rules)).toEqual({
      ok: true,
      value: { versions: 'latest' },
    });
    expect(checkActionChange({ versions: 'as-scheduled' }, { timeZone: 'UTC', kind: 'unpublish' }, rules)).toMatchObject({
      ok: false,
      parameter: 'versions',
    });
  });

  it('changes the locales alone', () => {
    expect(checkActionChange({ locales: ['zh'] }, { timeZone: 'UTC', kind: 'publish' as const }, rules)).toEqual({
      ok: true,
      value: { locales: ['zh'] },
    });
  });
});

describe('checkListQuery', () => {
  const listRules = { locales: ['ru', 'zh', 'en'], maxPageSize: 100 };

  it('has defaults', () => {
    expect(checkListQuery({}, listRules)).toEqual({
      ok: true,
      value: { status: null, kind: null, locale: null, contentType: null, documentId: null, when: null, page: 1, pageSize: 25 },
    });
  });

  it('reads filters', () => {
    const result = checkListQuery({ status: 'done,late', kind: 'unpublish', locale: 'zh', when: 'past', pageSize: '3' }, listRules);
    expect(result).toMatchObject({
      ok: true,
      value: { status: ['done', 'late'], kind: 'unpublish', locale: 'zh', when: 'past', pageSize: 3 },
    });
  });

  it.each([
    [{ status: 'waiting' }, 'status'],
    [{ kind: 'x' }, 'kind'],
    [{ locale: 'fr' }, 'locale'],
    [{ when: 'soon' }, 'when'],
    [{ page: '0' }, 'page'],
    [{ pageSize: '101' }, 'pageSize'],
  ])('refuses %j', (query, parameter) => {
    expect(checkListQuery(query, listRules)).toMatchObject({ ok: false, parameter });
  });
});

describe('coversLocale', () => {
  it('treats null as every locale', () => {
    expect(coversLocale({ locales: null }, 'zh')).toBe(true);
    expect(coversLocale({ locales: ['ru'] }, 'zh')).toBe(false);
  });
});

describe('storedLocales', () => {
  it('round-trips, null meaning every locale', () => {
    expect(storedLocales(['ru', 'zh'])).toBe(',ru,zh,');
    expect(localesFromStored(',ru,zh,')).toEqual(['ru', 'zh']);
    expect(storedLocales(null)).toBeNull();
    expect(localesFromStored(null)).toBeNull();
  });
});
