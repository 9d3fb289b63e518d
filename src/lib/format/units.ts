// Every measure in the report carries one of these units. Each unit knows how to say itself in
// zh-CN (as the report writes it) and in English. English shows the same quantity with the Chinese
// multiplier (万 = 10⁴, 亿 = 10⁸) shifted into the number: an exact decimal shift, never a rounding.

export type UnitSpec = {
  zh: string // suffix as the report writes it
  en: string // English suffix (after a space) or prefix when `enPrefix` is set
  enPrefix?: boolean
  /** Power of ten the Chinese multiplier stands for: 万 = 4, 亿 = 8. English shifts it into the number. */
  exp?: number
  /** English singular, for a value of exactly 1. */
  enOne?: string
  kind: 'money' | 'percent' | 'points' | 'count' | 'area' | 'length' | 'mass' | 'power' | 'other'
}

export const UNITS = {
  亿元: { zh: '亿元', en: 'CNY', enPrefix: true, exp: 8, kind: 'money' },
  万元: { zh: '万元', en: 'CNY', enPrefix: true, exp: 4, kind: 'money' },
  元: { zh: '元', en: 'CNY', enPrefix: true, kind: 'money' },
  '%': { zh: '%', en: '%', kind: 'percent' },
  百分点: { zh: '个百分点', en: 'pp', kind: 'points' },
  个: { zh: '个', en: '', kind: 'count' },
  家: { zh: '家', en: 'firms', enOne: 'firm', kind: 'count' },
  户: { zh: '户', en: 'households', enOne: 'household', kind: 'count' },
  户企业: { zh: '户', en: 'firms', enOne: 'firm', kind: 'count' },
  // 市场主体 counts firms and self-employed businesses alike: neither "households" nor "firms".
  户主体: { zh: '户', en: 'market entities', enOne: 'market entity', kind: 'count' },
  万户: { zh: '万户', en: 'households', exp: 4, kind: 'count' },
  项: { zh: '项', en: 'items', enOne: 'item', kind: 'count' },
  处: { zh: '处', en: 'sites', enOne: 'site', kind: 'count' },
  人: { zh: '人', en: 'people', enOne: 'person', kind: 'count' },
  万人: { zh: '万人', en: 'people', exp: 4, kind: 'count' },
  所: { zh: '所', en: 'institutions', enOne: 'institution', kind: 'count' },
  栋: { zh: '栋', en: 'buildings', enOne: 'building', kind: 'count' },
  场: { zh: '场', en: 'shows', enOne: 'show', kind: 'count' },
  起: { zh: '起', en: 'cases', enOne: 'case', kind: 'count' },
  件: { zh: '件', en: 'items', enOne: 'item', kind: 'count' },
  次: { zh: '次', en: 'events', enOne: 'event', kind: 'count' },
  万剂次: { zh: '万剂次', en: 'doses', exp: 4, kind: 'count' },
  万亩: { zh: '万亩', en: 'mu', exp: 4, kind: 'area' },
  亩: { zh: '亩', en: 'mu', kind: 'area' },
  公顷: { zh: '公顷', en: 'ha', kind: 'area' },
  万平方米: { zh: '万平方米', en: 'm²', exp: 4, kind: 'area' },
  平方米: { zh: '平方米', en: 'm²', kind: 'area' },
  公里: { zh: '公里', en: 'km', kind: 'length' },
  亿斤: { zh: '亿斤', en: 'jin', exp: 8, kind: 'mass' },
  万吨: { zh: '万吨', en: 't', exp: 4, kind: 'mass' },
  兆瓦: { zh: '兆瓦', en: 'MW', kind: 'power' },
  // The same written unit counting something else: the English word differs, as for 户企业 and 户主体. A
  // reader of the report reads 家 and 栋 alike; an English reader is told what is counted.
  家景区: { zh: '家', en: 'scenic sites', enOne: 'scenic site', kind: 'count' },
  家联盟: { zh: '家', en: 'alliances', enOne: 'alliance', kind: 'count' },
  家矿山: { zh: '家', en: 'mines', enOne: 'mine', kind: 'count' },
  栋温室: { zh: '栋', en: 'greenhouses', enOne: 'greenhouse', kind: 'count' },
  户登记: { zh: '户', en: 'registrations', enOne: 'registration', kind: 'count' },
} as const satisfies Record<string, UnitSpec>

export type Unit = keyof typeof UNITS
export const UNIT_KEYS = Object.keys(UNITS) as [Unit, ...Unit[]]

export function unitSpec(unit: Unit): UnitSpec {
  return UNITS[unit]
}
