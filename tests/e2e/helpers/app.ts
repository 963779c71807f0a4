/**
 * What a browser test needs: the app started by global-setup.js, Debian's chromium driven by
 * playwright-core, admin logins and screenshots under test-output/e2e (not committed).
 */
import fs from 'fs';
import path from 'path';
import supertest from 'supertest';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'e2e');

interface AppState {
  url: string;
  credentials: Record<'admin' | 'translatorZh', { email: string; password: string }>;
}

export const app: AppState = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'e2e', '.app.json'), 'utf8'));
export const http = () => supertest(app.url);

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No chromium at ${executablePath}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A fresh browser page with a desktop viewport. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  return page;
}

/** Logs in through the admin panel's own login form. */
export async function logIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto(`${app.url}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}

/** The admin panel's interface languages: the name of each in the profile's list, and its Save button. */
const INTERFACE_LANGUAGES = {
  en: { option: 'English', save: 'Save' },
  ru: { option: 'Русский', save: 'Сохранить' },
  zh: { option: '中文 (简体)', save: '保存' },
} as const;

/** Changes the user's interface language on their profile page, as a user does, and waits for it to apply. */
export async function chooseInterfaceLanguage(page: Page, language: keyof typeof INTERFACE_LANGUAGES) {
  const { option, save } = INTERFACE_LANGUAGES[language];
  await page.goto(`${app.url}/admin/me`);
  await page.getByRole('combobox', { name: /Interface language|界面语言|Язык интерфейса/ }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('button', { name: /^(Save|保存|Сохранить)$/ }).click();
  await page.getByRole('button', { name: new RegExp(`^${save}$`) }).waitFor();
}

/** An admin JWT for the same user, to compare the page with the API. */
export async function adminToken({ email, password }: { email: string; password: string }): Promise<string> {
  const response = await http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token ?? response.body.data.accessToken;
}

/** Full-page screenshots numbered in step order, `<file>-NN-<step>.png`, for the issue note. */
export function screenshots(prefix: string) {
  let step = 0;
  return async (page: Page, name: string) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    step += 1;
    await page.screenshot({ path: path.join(SCREENSHOTS, `${prefix}-${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/**
 * A new admin panel user, made the way an administrator does it (Settings → Users: invite,
 * then register), through the admin API: of the given role, or of a new role holding nothing.
 */
export async function createAdminUser(superAdminToken: string, { roleCode }: { roleCode?: string } = {}) {
  const auth = { Authorization: `Bearer ${superAdminToken}` };
  const suffix = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  let roleId: number;
  if (roleCode) {
    const roles = await http().get('/admin/roles').set(auth);
    roleId = roles.body.data.find((role: { code: string }) => role.code === roleCode).id;
  } else {
    const role = await http()
      .post('/admin/roles')
      .set(auth)
      .send({ name: `Press viewer ${suffix}`, description: 'No plugin permissions' });
    if (role.status !== 201 && role.status !== 200) throw new Error(`Role creation failed: ${role.status} ${JSON.stringify(role.body)}`);
    roleId = role.body.data.id;
  }
  const email = `user-${suffix}@pressroom.test`;
  const invited = await http()
    .post('/admin/users')
    .set(auth)
    .send({ email, firstname: 'Press', lastname: 'Viewer', roles: [roleId] });
  if (invited.status !== 201) throw new Error(`User creation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const password = 'Viewer-Passw0rd';
  const registered = await http()
    .post('/admin/register')
    .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Press', lastname: 'Viewer', password } });
  if (registered.status !== 200) throw new Error(`Registration failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  return { email, password };
}
