import { changeRequest, fieldsOf, initialVersionsChoice, versionsChoices } from './schedule-change';

const action = { dueAtInZone: '2026-12-01T10:00:00+08:00', timeZone: 'Asia/Shanghai', locales: null, versions: 'as-scheduled' as const };

describe('the versions choice when changing an embargo', () => {
  it('offers keeping the drafts as they stood when set only to an embargo set so', () => {
    expect(versionsChoices('as-scheduled')).toEqual(['kept', 'as-scheduled', 'latest']);
    expect(versionsChoices('latest')).toEqual(['latest', 'as-scheduled']);
    expect(initialVersionsChoice('as-scheduled')).toBe('kept');
    expect(initialVersionsChoice('latest')).toBe('latest');
  });
});

describe('changeRequest', () => {
  const initial = fieldsOf(action);

  it('starts from the wall time in the embargo zone', () => {
    expect(initial).toEqual({ at: '2026-12-01T10:00:00', timeZone: 'Asia/Shanghai', locales: null, versions: 'kept' });
  });

  it('sends only what changed: the versions, with no time re-sent', () => {
    expect(changeRequest(initial, { ...initial, versions: 'latest' }, 'publish')).toEqual({ versions: 'latest' });
    expect(changeRequest(initial, { ...initial, versions: 'as-scheduled' }, 'publish')).toEqual({ versions: 'as-scheduled' });
  });

  it('keeps the snapshots when the editor keeps them, and says when nothing changed', () => {
    expect(changeRequest(initial, { ...initial }, 'publish')).toBeNull();
    const latest = fieldsOf({ ...action, versions: 'latest' });
    expect(changeRequest(latest, { ...latest, versions: 'as-scheduled' }, 'publish')).toEqual({ versions: 'as-scheduled' });
  });

  it('sends the time with its zone, and the locales ("all" for every one)', () => {
    expect(changeRequest(initial, { ...initial, at: '2026-12-01T11:00:00' }, 'publish')).toEqual({
      at: '2026-12-01T11:00:00',
      timeZone: 'Asia/Shanghai',
    });
    expect(changeRequest(initial, { ...initial, locales: ['zh', 'ru'] }, 'publish')).toEqual({ locales: ['zh', 'ru'] });
    const some = { ...initial, locales: ['ru', 'zh'] };
    expect(changeRequest(some, { ...some, locales: ['zh', 'ru'] }, 'publish')).toBeNull();
    expect(changeRequest(some, { ...some, locales: null }, 'publish')).toEqual({ locales: 'all' });
  });

  it('never sends versions for an unpublish embargo', () => {
    const unpublish = fieldsOf({ ...action, versions: 'latest' });
    expect(changeRequest(unpublish, { ...unpublish, versions: 'as-scheduled' }, 'unpublish')).toBeNull();
  });
});
