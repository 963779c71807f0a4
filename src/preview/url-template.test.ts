import { expandPreviewTemplate, parsePreviewTemplate } from './url-template';

const values = { type: 'media-partner', uid: 'api::media-partner.media-partner', documentId: 'abc123', locale: 'zh', status: 'draft' };

test('expands every placeholder, URL-encoded, and keeps the rest of the template', () => {
  const template = parsePreviewTemplate(
    'https://www.example.org/api/preview?type={type}&uid={uid}&id={documentId}&locale={locale}&status={status}&secret=s3'
  );
  expect(expandPreviewTemplate(template, values)).toBe(
    'https://www.example.org/api/preview?type=media-partner&uid=api%3A%3Amedia-partner.media-partner&id=abc123&locale=zh&status=draft&secret=s3'
  );
});

test('placeholders may stand in the path, and the origin is what the admin frame allows', () => {
  const template = parsePreviewTemplate('http://localhost:3000/{locale}/preview/{type}/{documentId}');
  expect(template.origin).toBe('http://localhost:3000');
  expect(expandPreviewTemplate(template, values)).toBe('http://localhost:3000/zh/preview/media-partner/abc123');
});

test.each([
  ['https://site.test/preview?id={id}', /unknown placeholder \{id\}/],
  ['https://site.test/preview?id={documentid}&t={kind}', /unknown placeholders \{documentid\}, \{kind\}/],
  ['https://site.test/preview?type={type}', /lacks \{documentId\}/],
  ['/api/preview?id={documentId}', /not an absolute URL/],
  ['ftp://site.test/{documentId}', /not an http\(s\) URL/],
])('%s is refused, saying why and how a good one looks', (template, reason) => {
  expect(() => parsePreviewTemplate(template)).toThrow(reason);
  expect(() => parsePreviewTemplate(template)).toThrow(
    /e\.g\. https:\/\/www\.example\.org\/api\/preview\?type=\{type\}&documentId=\{documentId\}/
  );
});
