import { abridge, diffGranularity, diffText, type DiffPart } from './text-diff';

/** The diff written compactly: [-removed-] and {+added+}, the way `git diff --word-diff` shows it. */
const show = (parts: DiffPart[]) =>
  parts.map(({ kind, text }) => (kind === 'added' ? `{+${text}+}` : kind === 'removed' ? `[-${text}-]` : text)).join('');

describe('diffText', () => {
  test('Russian: whole words, not pieces of them', () => {
    const before = 'В Секретариате ШОС отметили День журналистов-друзей ШОС';
    const after = 'В Секретариате ШОС торжественно отметили День журналистов-друзей Организации';
    const { granularity, parts } = diffText(before, after);
    expect(granularity).toBe('words');
    expect(show(parts)).toBe('В Секретариате ШОС {+торжественно +}отметили День журналистов-друзей [-ШОС-]{+Организации+}');
  });

  test('Russian: a sentence added to a paragraph is one insertion', () => {
    const before = 'Сегодня эта традиция была продолжена подписанием контракта о сотрудничестве.';
    const after =
      'Сегодня эта традиция была продолжена подписанием контракта о сотрудничестве. Контракт вступает в силу в день подписания.';
    expect(show(diffText(before, after).parts)).toBe(
      'Сегодня эта традиция была продолжена подписанием контракта о сотрудничестве. {+Контракт вступает в силу в день подписания.+}'
    );
  });

  test('English: words', () => {
    const { granularity, parts } = diffText(
      'SCO Secretariat marks the Day of SCO Journalist Friends',
      'SCO Secretariat celebrates the Day of SCO Journalist Friends in Beijing'
    );
    expect(granularity).toBe('words');
    expect(show(parts)).toBe('SCO Secretariat [-marks-]{+celebrates+} the Day of SCO Journalist Friends {+in Beijing+}');
  });

  test('Chinese: characters, since words are not separated by spaces', () => {
    const { granularity, parts } = diffText('上合组织秘书处举办“上合组织记者之友日”活动', '上合组织秘书处举行“上合组织记者之友日”招待会');
    expect(granularity).toBe('characters');
    expect(show(parts)).toBe('上合组织秘书处举[-办-]{+行+}“上合组织记者之友日”[-活动-]{+招待会+}');
  });

  test('Chinese with Latin names: the Latin words stay whole', () => {
    const { parts } = diffText('新华社（Xinhua）社长蔡名照', '新华社（Xinhua News Agency）社长蔡名照');
    expect(show(parts)).toBe('新华社（Xinhua{+ News Agency+}）社长蔡名照');
  });

  test('equal texts: one unchanged part; from or to nothing: one part', () => {
    expect(diffText('ШОС', 'ШОС').parts).toEqual([{ kind: 'same', text: 'ШОС' }]);
    expect(diffText('', '北京').parts).toEqual([{ kind: 'added', text: '北京' }]);
    expect(diffText('Beijing', '').parts).toEqual([{ kind: 'removed', text: 'Beijing' }]);
  });

  test('the parts put back together give both texts', () => {
    const before = '2017年3月23日，上合组织成员国记者再次齐聚北京上合组织秘书处。';
    const after = '2017年3月23日，上合组织成员国的记者们再次齐聚北京上合组织秘书处，共同庆祝节日。';
    const { parts } = diffText(before, after);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join('')
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join('')
    ).toBe(after);
  });
});

test('diffGranularity: characters as soon as either text has Chinese, Japanese or Korean', () => {
  expect(diffGranularity('ШОС', 'SCO')).toBe('words');
  expect(diffGranularity('SCO', '上合组织')).toBe('characters');
  expect(diffGranularity('', 'ニュース')).toBe('characters');
  expect(diffGranularity('', '')).toBe('words');
});

test('abridge: long unchanged stretches keep only their ends next to a change', () => {
  const long =
    'Обращаясь к журналистам, Генеральный секретарь ШОС напомнил, что год тому назад 11 марта 2016 года Штаб-квартиру ШОС посетили руководители крупнейших международных информагентств.';
  const parts = abridge(
    [
      { kind: 'same', text: long },
      { kind: 'added', text: 'Новое предложение. ' },
      { kind: 'same', text: long },
      { kind: 'removed', text: 'Старое.' },
      { kind: 'same', text: long },
    ],
    30
  );
  expect(parts.map((part) => part.text)).toEqual([
    '… международных информагентств.',
    'Новое предложение. ',
    'Обращаясь к журналистам, … международных информагентств.',
    'Старое.',
    'Обращаясь к журналистам, …',
  ]);
  expect(abridge([{ kind: 'same', text: 'ШОС' }], 30)).toEqual([{ kind: 'same', text: 'ШОС' }]);
});
