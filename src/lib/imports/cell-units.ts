// The units staff write after a number or in a header (万元, 亿元, 户, %), and exact conversion
// between those of one kind. 万元 ↔ 亿元 is a decimal shift (quantity.ts `shift`), never a float
// multiplication: 12345.67万元 is 1.234567亿元, not 1.2345670000000001.
import { shift } from '../format/quantity'
import { type Unit, unitSpec } from '../format/units'
import { isOwnKey } from '../own'
import { bracketed, normalizeText } from './text'

type Kind = 'money' | 'households' | 'people' | 'count' | 'percent' | 'multiplier'

type Spec = {
  kind: Kind
  /** Power of ten against the kind's base unit (元, 户, 人). */
  exp: number
  /** The dataset unit it is, where there is one. */
  unit?: Unit
}

// Longest first where one ends another (万元 before 元 is handled by matching whole suffixes).
export const CELL_UNITS = {
  亿元: { kind: 'money', exp: 8, unit: '亿元' },
  万元: { kind: 'money', exp: 4, unit: '万元' },
  千元: { kind: 'money', exp: 3 },
  元: { kind: 'money', exp: 0, unit: '元' },
  万户: { kind: 'households', exp: 4, unit: '万户' },
  户: { kind: 'households', exp: 0, unit: '户' },
  万人: { kind: 'people', exp: 4, unit: '万人' },
  人: { kind: 'people', exp: 0, unit: '人' },
  个: { kind: 'count', exp: 0, unit: '个' },
  家: { kind: 'count', exp: 0, unit: '家' },
  项: { kind: 'count', exp: 0, unit: '项' },
  '%': { kind: 'percent', exp: 0, unit: '%' },
  // A bare 亿 or 万 after a number: 1.2亿 in a 万元 column means 1.2亿元; in a 户 column, 1.2万户.
  亿: { kind: 'multiplier', exp: 8 },
  万: { kind: 'multiplier', exp: 4 },
} as const satisfies Record<string, Spec>

export type CellUnit = keyof typeof CELL_UNITS

export function isCellUnit(text: string): text is CellUnit {
  return isOwnKey(CELL_UNITS, text)
}

/**
 * 户主体 and 户企业 are counted in 户 as written (家景区 in 家 …): a dataset unit key maps to what a cell says,
 * its written form.
 */
export function cellUnitOf(unit: Unit): CellUnit | undefined {
  if (isCellUnit(unit)) return unit
  const written = unitSpec(unit).zh
  return isCellUnit(written) ? written : undefined
}

function spec(unit: CellUnit): Spec {
  return CELL_UNITS[unit]
}

/** Can a value in `from` be stated in `to`? A bare multiplier takes the kind of the target. */
export function convertible(from: CellUnit, to: CellUnit): boolean {
  const a = spec(from)
  const b = spec(to)
  return a.kind === b.kind || (a.kind === 'multiplier' && b.kind !== 'percent')
}

/** The value in `to`, by an exact decimal shift; undefined when the kinds differ (户 into 亿元). */
export function convertUnit(value: number, from: CellUnit, to: CellUnit): number | undefined {
  if (!convertible(from, to)) return undefined
  const e = spec(from).exp - spec(to).exp
  return e === 0 ? value : shift(value, e)
}

const UNIT_WORD = /^(亿元|万元|千元|万户|万人|元|户|人|个|家|项|%)$/

function asUnit(text: string): CellUnit | undefined {
  const t = text.replace(/^单位\s*:?\s*/, '').trim()
  return UNIT_WORD.test(t) && isCellUnit(t) ? t : undefined
}

/**
 * The unit a header or title names, only where a unit is written as one: in brackets ('总投资(万元)'),
 * after 单位 ('单位：亿元'), after a slash or at the very end ('计划投资/万元', '增速%', '总投资万元').
 * Never a word inside a name: 项 in 项目名称, 人 in 责任人 and 户 in 农户 are not units.
 */
export function unitInText(text: string): CellUnit | undefined {
  const t = normalizeText(text)
  const found = new Set<CellUnit>()
  for (const part of bracketed(t)) {
    const u = asUnit(part)
    if (u) found.add(u)
  }
  const labelled = t.match(/单位\s*:?\s*(亿元|万元|千元|万户|万人|元|户|人|个|家|项|%)/)
  if (labelled?.[1] && isCellUnit(labelled[1])) found.add(labelled[1])
  const tail = t.match(/(?:[/\s,]|^)(亿元|万元|千元|元|户|个|%)$/) ?? t.match(/(亿元|万元|千元|%)$/)
  if (tail?.[1] && isCellUnit(tail[1])) found.add(tail[1])
  // '单位：万元，增速：%' names two units: the money one is the amounts' unit.
  const list = [...found]
  const money = list.filter((u) => CELL_UNITS[u].kind === 'money')
  if (money.length > 1) return undefined
  return money[0] ?? (list.length === 1 ? list[0] : undefined)
}
