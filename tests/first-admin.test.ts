/**
 * No open door on a fresh deployment: in production the first super admin comes from ADMIN_* or
 * `npm run admin:create`, and `POST /admin/register-admin` is refused unless
 * ALLOW_FIRST_ADMIN_REGISTRATION=true. Outside production Strapi's registration stays.
 */
import { runScript } from './helpers/instances';
import { appModule, startPressroom, type Pressroom } from './helpers/pressroom';

const FIRST_ADMIN = { email: 'chief@sco-press.test', firstname: 'Chief', lastname: 'Editor', password: 'Press-R00m-2026' };
const COMMAND_TIMEOUT = 600_000; // each command boots Strapi in a process of its own

const adminCount = (pressroom: Pressroom) => pressroom.strapi.db.query('admin::user').count();
const registerFirstAdmin = (pressroom: Pressroom) => pressroom.http.post('/admin/register-admin').send(FIRST_ADMIN);

describe('in production', () => {
  let pressroom: Pressroom;
  beforeAll(async () => {
    pressroom = await startPressroom({ env: { NODE_ENV: 'production', ALLOW_FIRST_ADMIN_REGISTRATION: '' } });
  });
  afterAll(() => pressroom?.stop());

  test('an anonymous registration of the first admin is refused with what to do instead', async () => {
    expect((await pressroom.http.get('/admin/init')).body.data.hasAdmin).toBe(false);

    const response = await registerFirstAdmin(pressroom);
    expect(response.status).toBe(403);
    expect(response.body.error.name).toBe('PolicyError');
    expect(response.body.error.message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(response.body.error.message).toMatch(/npm run admin:create/);
    expect(response.body.data).toBeNull();
    expect(await adminCount(pressroom)).toBe(0);
  });

  test('with no administrator, the production log says how to get the first super admin', async () => {
    const warn = jest.spyOn(pressroom.strapi.log, 'warn').mockImplementation(() => pressroom.strapi.log); // the boot printed it already
    try {
      await appModule('security/first-admin-registration').warnWhenNoAdmin(pressroom.strapi);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(/No administrator yet.*ADMIN_EMAIL and ADMIN_PASSWORD.*npm run admin:create/);
    } finally {
      warn.mockRestore();
    }
  });

  test(
    'npm run admin:create refuses a weak password, naming the rule',
    async () => {
      const result = await runScript('admin-create', ['--email', FIRST_ADMIN.email, '--password', 'pressroom2026']);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/No admin created: the password must contain an uppercase letter\./);
      expect(await adminCount(pressroom)).toBe(0);
    },
    COMMAND_TIMEOUT
  );

  test(
    'npm run admin:create makes a super admin who can log in',
    async () => {
      const { email, password, firstname, lastname } = FIRST_ADMIN;
      const result = await runScript('admin-create', [
        '--email',
        email,
        '--password',
        password,
        '--firstname',
        firstname,
        '--lastname',
        lastname,
      ]);
      expect(result.output).not.toMatch(/aborted|DeprecationWarning/i);
      // Compared whole, so that a failure shows the command's output.
      expect(result).toEqual({ code: 0, output: expect.stringMatching(/Created the super admin chief@sco-press\.test/) });

      const login = await pressroom.http.post('/admin/login').send({ email, password });
      expect(login.status).toBe(200);
      expect(login.body.data.user).toMatchObject({ email, firstname, lastname });
      const me = await pressroom.http.get('/admin/users/me').set('Authorization', `Bearer ${login.body.data.token}`);
      expect(me.body.data.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);
    },
    COMMAND_TIMEOUT
  );

  test(
    'a second npm run admin:create exits 1 and creates nobody',
    async () => {
      const result = await runScript('admin-create', ['--email', 'second@sco-press.test', '--password', FIRST_ADMIN.password]);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/No admin created: a super admin already exists/);
      expect(await adminCount(pressroom)).toBe(1);
    },
    COMMAND_TIMEOUT
  );
});

describe('in production with ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  let pressroom: Pressroom;
  beforeAll(async () => {
    pressroom = await startPressroom({
      env: {
        NODE_ENV: 'production',
        ALLOW_FIRST_ADMIN_REGISTRATION: '',
        ADMIN_EMAIL: FIRST_ADMIN.email,
        ADMIN_PASSWORD: FIRST_ADMIN.password,
      },
    });
  });
  afterAll(() => pressroom?.stop()); // the next boot sets ADMIN_* back to empty

  test('the boot creates the first super admin, who can log in; the form stays closed', async () => {
    expect(await adminCount(pressroom)).toBe(1);
    const login = await pressroom.http.post('/admin/login').send({ email: FIRST_ADMIN.email, password: FIRST_ADMIN.password });
    expect(login.status).toBe(200);
    expect((await pressroom.http.get('/admin/init')).body.data.hasAdmin).toBe(true);
    expect((await registerFirstAdmin(pressroom)).status).toBe(403);
    expect(await adminCount(pressroom)).toBe(1);
  });
});

describe('in production with ALLOW_FIRST_ADMIN_REGISTRATION=true', () => {
  let pressroom: Pressroom;
  beforeAll(async () => {
    pressroom = await startPressroom({ env: { NODE_ENV: 'production', ALLOW_FIRST_ADMIN_REGISTRATION: 'true' } });
  });
  afterAll(() => pressroom?.stop());

  test('the first visitor may register as super admin', async () => {
    const response = await registerFirstAdmin(pressroom);
    expect(response.status).toBe(200);
    expect(response.body.data.user.email).toBe(FIRST_ADMIN.email);
    expect(await adminCount(pressroom)).toBe(1);
  });
});

describe('in development', () => {
  let pressroom: Pressroom;
  beforeAll(async () => {
    pressroom = await startPressroom({ env: { NODE_ENV: 'development', ALLOW_FIRST_ADMIN_REGISTRATION: '' } });
  });
  afterAll(() => pressroom?.stop());

  test('Strapi’s registration of the first admin stays', async () => {
    const response = await registerFirstAdmin(pressroom);
    expect(response.status).toBe(200);
    expect(response.body.data.token).toEqual(expect.any(String));
    expect(await adminCount(pressroom)).toBe(1);
  });
});
