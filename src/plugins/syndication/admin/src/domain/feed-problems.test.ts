import en from '../translations/en.json';
import ru from '../translations/ru.json';
import zh from '../translations/zh-Hans.json';
import { FEED_PROBLEMS, feedProblemMessage, problemMessageId } from './feed-problems';

/** Words a message the way react-intl does for these tests: the translation, else the default. */
const translateWith =
  (messages: Record<string, string>) =>
  (id: string, defaultMessage: string, values: Record<string, unknown> = {}) =>
    (messages[id] ?? defaultMessage).replace(/\{(\w+)(?:, number)?\}/g, (_, name) => String(values[name]));

describe('a feed’s last error in the reader’s language', () => {
  test('every problem the server can record is worded in ru, zh and en', () => {
    for (const messages of [en, ru, zh] as Record<string, string>[]) {
      for (const code of FEED_PROBLEMS) expect(messages[problemMessageId(code)]).toEqual(expect.any(String));
    }
  });

  test('a known code is worded with its values; an unknown one shows the server’s sentence', () => {
    const failed = {
      lastError: "The feed's server answered 500 Internal Server Error.",
      lastErrorCode: 'http.status' as const,
      lastErrorParams: { status: 500 },
    };
    expect(feedProblemMessage(failed, translateWith(ru))).toBe('Сервер ленты ответил ошибкой 500.');
    expect(feedProblemMessage(failed, translateWith(zh))).toBe('订阅源服务器返回错误 500。');
    expect(feedProblemMessage({ ...failed, lastErrorCode: 'some.newer.code' as any }, translateWith(ru))).toBe(failed.lastError);
    expect(feedProblemMessage({ ...failed, lastErrorCode: null, lastErrorParams: null }, translateWith(ru))).toBe(failed.lastError);
  });

  test('no error, no message', () => {
    expect(feedProblemMessage({ lastError: null, lastErrorCode: null, lastErrorParams: null }, translateWith(en))).toBeNull();
  });
});
