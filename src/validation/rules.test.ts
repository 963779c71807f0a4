import { countryCode, dateOrder, findProblems, httpUrl } from './rules';

describe('countryCode', () => {
  const rule = countryCode('country');
  test.each(['CN', 'RU', 'KZ', 'IN', 'PK', 'UZ', 'KG', 'TJ', 'IR', 'BY'])('%s is a country', (country) => {
    expect(rule.check({ country })).toBeNull();
  });
  test.each(['XX', 'cn', 'China', 'RUS', '156', 'C'])('%s is not', (country) => {
    const problem = rule.check({ country });
    expect(problem).toMatchObject({ path: ['country'], value: country });
    expect(problem!.message).toMatch(/ISO 3166-1 alpha-2/);
  });
  test('a missing value is left to the schema', () => {
    expect(rule.check({})).toBeNull();
    expect(rule.check({ country: null })).toBeNull();
    expect(rule.check({ country: '' })).toBeNull();
  });
});

describe('httpUrl', () => {
  const rule = httpUrl('website');
  test.each(['https://www.xinhuanet.com', 'http://tass.ru/', 'https://www.inform.kz/ru/news?id=1'])('%s is accepted', (website) => {
    expect(rule.check({ website })).toBeNull();
  });
  test.each([
    'www.xinhuanet.com',
    'ftp://tass.ru',
    'javascript:alert(1)',
    'https://',
    'https://localhost',
    'https://a b.com',
    'mailto:press@sco.int',
  ])('%s is refused', (website) => {
    expect(rule.check({ website })).toMatchObject({ path: ['website'] });
  });
});

describe('dateOrder', () => {
  const rule = dateOrder('validFrom', 'validUntil');
  test('the end may equal or follow the start', () => {
    expect(rule.check({ validFrom: '2016-03-11', validUntil: '2016-03-11' })).toBeNull();
    expect(rule.check({ validFrom: '2016-03-11', validUntil: '2021-03-11' })).toBeNull();
  });
  test('the end before the start names the end field and both dates', () => {
    expect(rule.check({ validFrom: '2016-03-11', validUntil: '2016-03-10' })).toEqual({
      path: ['validUntil'],
      value: '2016-03-10',
      message: 'validUntil (2016-03-10) must not be before validFrom (2016-03-11)',
    });
  });
  test('accepts Date objects and ignores a missing side', () => {
    expect(rule.check({ validFrom: new Date('2017-01-02'), validUntil: new Date('2017-01-01') })).not.toBeNull();
    expect(rule.check({ validFrom: '2017-01-02' })).toBeNull();
    expect(rule.check({ validUntil: '2017-01-02' })).toBeNull();
  });
});

test('findProblems reports every broken rule', () => {
  const problems = findProblems([countryCode('country'), httpUrl('website')], { country: 'XX', website: 'nope' });
  expect(problems.map((problem) => problem.path[0])).toEqual(['country', 'website']);
});
