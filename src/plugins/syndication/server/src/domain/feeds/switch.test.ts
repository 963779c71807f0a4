import { checkFeedSwitch } from './switch';

test('enabled is a boolean inside data', () => {
  expect(checkFeedSwitch({ data: { enabled: false } })).toEqual({ ok: true, enabled: false });
  expect(checkFeedSwitch({ data: { enabled: true } })).toEqual({ ok: true, enabled: true });
});

test.each([null, 'true', {}, { enabled: true }, { data: null }, { data: [] }, { data: { enabled: 'false' } }, { data: { enabled: 1 } }])(
  '%o is refused, naming enabled',
  (body) => {
    expect(checkFeedSwitch(body)).toMatchObject({
      ok: false,
      parameter: 'enabled',
      error: expect.stringMatching(/enabled must be true or false/),
    });
  }
);

test('other fields are refused, named', () => {
  expect(checkFeedSwitch({ data: { enabled: true, url: 'https://x' } })).toMatchObject({
    ok: false,
    parameter: 'url',
    error: expect.stringMatching(/url cannot be changed here/),
  });
});
