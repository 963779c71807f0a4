import { FeedFormatError } from './document';
import { FEED_PROBLEMS, FeedProblemError, problemOf } from './problems';

describe('why a poll failed, as a code the admin panel can word', () => {
  test('an expected failure carries its code and values beside its sentence', () => {
    const error = new FeedFormatError('The feed is not well-formed XML (line 3: x-klingon).', 'format.malformed', {
      line: 3,
      reason: 'x-klingon',
    });
    expect(error).toBeInstanceOf(FeedProblemError);
    expect(error.message).toMatch(/x-klingon/);
    expect(problemOf(error)).toEqual({ code: 'format.malformed', params: { line: 3, reason: 'x-klingon' } });
    expect(problemOf(new FeedFormatError('The document is not an RSS, Atom or JSON feed.', 'format.notFeed'))).toEqual({
      code: 'format.notFeed',
      params: {},
    });
  });

  test('anything else is unexpected, with its message as the reason', () => {
    expect(problemOf(new TypeError('boom'))).toEqual({ code: 'unexpected', params: { reason: 'boom' } });
    expect(FEED_PROBLEMS).toContain('unexpected');
  });
});
