import { UNITS, type Unit } from '../format/units'
import { ownValue } from '../own'

// Unit words as reports write them after a number. The schema's units (src/lib/format/units.ts) are
// the ones a draft can carry into the report; the rest are read, kept in the review and reported as
// "unit not in the schema", so a 统计公报's 万吨 or 万千瓦时 is never silently dropped.

/** Words that are units the schema does not have (yet). Longest first where one is a prefix of another. */
const OTHER_UNITS = [
  '亿千瓦时',
  '万千瓦时',
  '千瓦时',
  '万千瓦',
  '千瓦',
  '万标准煤',
  '吨标准煤',
  '万立方米',
  '亿立方米',
  '立方米',
  '平方公里',
  '万美元',
  '亿美元',
  '美元',
  '亿人次',
  '万人次',
  '人次',
  '万辆',
  '万头',
  '万只',
  '万株',
  '万册',
  '万间',
  '万套',
  '万斤',
  '公斤',
  '千克',
  '吨',
  '斤',
  '辆',
  '台',
  '套',
  '座',
  '张',
  '名',
  '位',
  '头',
  '只',
  '株',
  '间',
  '册',
  '篇',
  '条',
  '批',
  '类',
  '种',
  '倍',
  '岁',
  '天',
  '小时',
  '个月',
  '个工作日',
  '工作日',
  '‰',
  '年',
  '期',
  '届',
  '轮',
  '块',
  '眼',
  '片',
  '部',
  '门',
  '支',
  '对',
  '宗',
  '例',
  '笔',
  '单',
]

type Entry = { text: string; unit: Unit | null }

function buildLexicon(): Entry[] {
  const seen = new Map<string, Entry>()
  for (const [key, spec] of Object.entries(UNITS) as [Unit, (typeof UNITS)[Unit]][]) {
    // 户企业 and 户主体 write themselves 户: 户 is resolved by its context (resolveHousehold). Other keys that
    // write themselves like an earlier one (家景区 is written 家) only change the English: the first key wins.
    if (spec.zh === '户' && key !== '户') continue
    if (seen.has(spec.zh)) continue
    seen.set(spec.zh, { text: spec.zh, unit: key })
  }
  seen.set('百分点', { text: '百分点', unit: '百分点' })
  for (const t of OTHER_UNITS) if (!seen.has(t)) seen.set(t, { text: t, unit: null })
  return [...seen.values()].sort((a, b) => b.text.length - a.text.length)
}

const LEXICON = buildLexicon()
const FIRST_CHARS = new Set(LEXICON.map((e) => e.text[0]))

/** The longest unit word at `at`, if any. */
export function unitAt(text: string, at: number): Entry | undefined {
  if (!FIRST_CHARS.has(text[at])) return undefined
  return LEXICON.find((e) => text.startsWith(e.text, at))
}

/** Schema unit for a written unit, if the schema has it (万户 yes, 万吨 yes, 万千瓦时 no). */
export function schemaUnit(written: string): Unit | null {
  return LEXICON.find((e) => e.text === written)?.unit ?? null
}

// 户 counts households (危房改造626户), firms (小升规8户, 335户企业) or market entities (市场主体2650户):
// the schema keeps them apart because their English differs. The words around the number decide.
const FIRM_WORDS = /企业|工业|规上|规模以上|升规|小升规|规升巨|限上|限额以上|纳税|商户|厂/
const ENTITY_WORDS = /市场主体|经营主体|个体工商户|个体户/

export function resolveHousehold(before: string, after: string): Unit {
  if (ENTITY_WORDS.test(before) || /^(?:市场|经营)?主体/.test(after)) return '户主体'
  if (/^(?:工业)?企业/.test(after) || FIRM_WORDS.test(before)) return '户企业'
  if (/登记/.test(before)) return '户登记'
  return '户'
}

// 家 counts firms unless the words before it name scenic sites, alliances or mines; 栋 counts buildings
// unless they are greenhouses. The Chinese is the same; the English says what is counted.
const COUNTED: Record<string, [RegExp, Unit][]> = {
  家: [
    [/景区/, '家景区'],
    [/联盟/, '家联盟'],
    [/矿山/, '家矿山'],
  ],
  栋: [[/温室|大棚/, '栋温室']],
}

/** The schema unit of a written 户, 家 or 栋 from the words around it; other units as the lexicon has them. */
export function resolveCounted(
  unitText: string,
  unit: Unit | null,
  before: string,
  after: string,
): Unit | null {
  if (unitText === '户') return resolveHousehold(before, after)
  const words = ownValue(COUNTED, unitText) // a table's unit cell is the report's text
  return words?.find(([re]) => re.test(before))?.[1] ?? unit
}

/** Unit kinds, for checking that a level has the kind its indicator needs (GDP in money, not 个). */
export function unitKind(unit: Unit | null, written: string): string {
  if (unit) return UNITS[unit].kind
  if (/元$/.test(written)) return 'money'
  if (/吨|斤|克/.test(written)) return 'mass'
  if (/瓦/.test(written)) return 'power'
  return 'other'
}

export type UnitRead = { unitText: string; unit: Unit | null; end: number; over: boolean }

/** The unit after a number at `at`: 亿元, 万余户 (万 + 余 + 户), 余次, 个百分点, 元/人. */
export function readUnit(text: string, at: number): UnitRead | undefined {
  let p = at
  if (text[p] === ' ' && text[p + 1] !== ' ') p++
  const direct = unitAt(text, p)
  if (direct)
    return withPer(text, {
      unitText: direct.text,
      unit: direct.unit,
      end: p + direct.text.length,
      over: false,
    })
  const ch = text[p] ?? ''
  if (ch === '余' || ch === '多') {
    const u = unitAt(text, p + 1)
    if (u) return withPer(text, { unitText: u.text, unit: u.unit, end: p + 1 + u.text.length, over: true })
  }
  if (ch === '万' || ch === '亿') {
    const over = text[p + 1] === '余' || text[p + 1] === '多'
    const u = unitAt(text, p + 1 + (over ? 1 : 0))
    if (u) {
      const unitText = ch + u.text
      return withPer(text, {
        unitText,
        unit: schemaUnit(unitText),
        end: p + 1 + (over ? 1 : 0) + u.text.length,
        over,
      })
    }
    return { unitText: ch, unit: null, end: p + 1 + (over ? 1 : 0), over }
  }
  return undefined
}

// 元/人, 元/吨: a rate per something, which no schema unit is.
function withPer(text: string, u: UnitRead): UnitRead {
  const per = text.slice(u.end).match(/^\/[\u4e00-\u9fff]{1,2}(?:·[\u4e00-\u9fff])?/)
  return per ? { ...u, unitText: u.unitText + per[0], unit: null, end: u.end + per[0].length } : u
}
