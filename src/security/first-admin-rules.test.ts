import { credentialProblems, firstAdminRegistrationAllowed, passwordProblems } from './first-admin-rules';

describe('first admin registration', () => {
  test('is refused in production unless explicitly allowed', () => {
    expect(firstAdminRegistrationAllowed({ NODE_ENV: 'production' })).toBe(false);
    expect(firstAdminRegistrationAllowed({ NODE_ENV: 'production', ALLOW_FIRST_ADMIN_REGISTRATION: 'yes' })).toBe(false);
    expect(firstAdminRegistrationAllowed({ NODE_ENV: 'production', ALLOW_FIRST_ADMIN_REGISTRATION: 'true' })).toBe(true);
  });

  test('stays open outside production', () => {
    expect(firstAdminRegistrationAllowed({ NODE_ENV: 'development' })).toBe(true);
    expect(firstAdminRegistrationAllowed({ NODE_ENV: 'test' })).toBe(true);
    expect(firstAdminRegistrationAllowed({})).toBe(true);
  });
});

describe('admin credentials', () => {
  test('a strong password passes', () => {
    expect(passwordProblems('Press-R00m-2026')).toEqual([]);
  });

  test('each broken password rule is named', () => {
    expect(passwordProblems('Ab1')).toEqual(['the password must have at least 8 characters']);
    expect(passwordProblems('password1')).toEqual(['the password must contain an uppercase letter']);
    expect(passwordProblems('PASSWORD1')).toEqual(['the password must contain a lowercase letter']);
    expect(passwordProblems('Passwordx')).toEqual(['the password must contain a digit']);
    expect(passwordProblems(`Aa1${'я'.repeat(40)}`)).toEqual(['the password must be at most 72 bytes long']);
  });

  test('missing or malformed input says which option to give', () => {
    expect(credentialProblems({})).toEqual([
      'an e-mail address is required (--email or ADMIN_EMAIL)',
      'a password is required (--password or ADMIN_PASSWORD)',
    ]);
    expect(credentialProblems({ email: 'not-an-address', password: 'Press-R00m-2026', firstname: ' ' })).toEqual([
      '"not-an-address" is not an e-mail address',
      'the first name must not be empty',
    ]);
    expect(credentialProblems({ email: 'chief@sco.example', password: 'Press-R00m-2026', firstname: 'Chief' })).toEqual([]);
  });
});
