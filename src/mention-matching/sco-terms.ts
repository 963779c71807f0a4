/**
 * How the Shanghai Cooperation Organisation is named in the press, per language: the matching
 * rules of the syndication plugin's feed monitoring (config/plugins.ts). See the plugin's
 * matcher for what each kind of term means.
 */
export const SCO_TERMS = {
  ru: [
    {
      label: 'Шанхайская организация сотрудничества',
      kind: 'words',
      stem: 'ru',
      forms: ['Шанхайская организация сотрудничества'],
    },
    { label: 'ШОС', kind: 'acronym', forms: ['ШОС'] },
  ],
  zh: [
    { label: '上海合作组织', kind: 'chars', forms: ['上海合作组织'] },
    { label: '上合组织', kind: 'chars', forms: ['上合组织'] },
    {
      label: '上合',
      kind: 'chars',
      forms: ['上合'],
      followedBy: ['峰会', '秘书处', '秘书长', '成员国', '框架', '国家'],
    },
  ],
  en: [
    {
      label: 'Shanghai Cooperation Organisation',
      kind: 'words',
      forms: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    },
    { label: 'SCO', kind: 'acronym', forms: ['SCO'], notFollowedBy: ['Group'] },
  ],
};
