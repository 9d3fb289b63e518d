import type { Lang } from '../i18n/languages'
import { type Unit, unitSpec } from './units'

export type { Lang } from '../i18n/languages'
/** How the report qualifies a figure: 余 → over, 以上 → at-least, 以内 → at-most. */
export const QUALIFIERS = ['over', 'at-least', 'at-most'] as const
export type Qualifier = (typeof QUALIFIERS)[number]

export type FormatOptions = {
  qualifier?: Qualifier | undefined
  /** Prefix a + on positive values (gaps, differences). */
  signed?: boolean
  /** Fixed number of decimals; defaults to the value's own (at least one for % and 百分点). */
  decimals?: number
  /** A growth rate or a gap between rates: shown with at least one decimal. */
  rate?: boolean
}

/** Decimal places of a number as written (113.6 → 1, 17357 → 0, 1.5e-7 → 8), floating noise ignored. */
export function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(12)))
  const m = text.match(/^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/)
  return m ? Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0)) : 0
}

/** value × 10^exp without binary floating noise (113.6 × 10⁸ is exactly 11,360,000,000). */
export function shift(value: number, exp: number): number {
  return Number((value * 10 ** exp).toPrecision(15))
}

/**
 * Where plain digits stop being legible or exact: from 10¹⁵ up (past the integers a double holds
 * exactly) and, when a value's own digits are shown, below 10⁻⁶. The dataset's limits
 * (src/lib/dataset/limits.ts) keep real figures inside; anything outside is written 1.5×10²¹.
 */
const HUGE = 1e15
const TINY = 1e-6
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** 1.5×10²¹, −4.9×10⁻³²⁴: every significant digit, the power of ten (plus `shiftBy`) as a superscript. */
function scientific(value: number, signed: boolean, shiftBy = 0): string {
  const [mantissa = '0', power = '0'] = Math.abs(value).toExponential().split('e')
  const sup = String(Number(power) + shiftBy)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)] ?? d)
  return `${value < 0 ? '-' : signed ? '+' : ''}${mantissa}×10${sup}`
}

/**
 * The digits of a number for both languages: zh-CN and en-US write numbers alike (ASCII digits,
 * comma groups of three, point for decimals), so one plain formatter serves both. Not
 * Intl.NumberFormat: building one loads the locale's data, which measured ~35 ms of a slow PC's
 * start-up (the Overview needs several). It matches Intl's output, rounding half away from zero on
 * the number as written (a property test compares the two), for every number a report writes.
 * Never "NaN" or "Infinity" (a dash: no number), never digits run together: a magnitude beyond plain
 * digits is written in powers of ten. A value rounds to 0 only at `decimals` asked for (0.04 at one
 * decimal is 0.0, as a statistics table writes it); with its own decimals it never does.
 */
export function number(value: number, decimals: number, signed = false): string {
  if (!Number.isFinite(value)) return '—'
  const size = Math.abs(value)
  if (size >= HUGE || (size > 0 && size < TINY && decimals > 6)) return scientific(value, signed)
  // Past 15 significant digits a double has no more to give: fewer decimals, never noise.
  const places = Math.min(decimals, Math.max(0, 15 - Math.floor(Math.log10(Math.max(size, 1))) - 1))
  const scaled = Math.round(shift(size, places)) // an exact integer: 1.005, 2 → 101
  const unit = 10 ** places
  const whole = Math.floor(scaled / unit)
  const fraction = places > 0 ? `.${String(scaled - whole * unit).padStart(places, '0')}` : ''
  const sign = scaled === 0 ? '' : value < 0 ? '-' : signed ? '+' : ''
  return `${sign}${group(String(whole))}${fraction}`
}

/** 11360000000 → 11,360,000,000 */
function group(digits: string): string {
  let out = ''
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3)
    out = start > 0 ? `,${digits.slice(start, end)}${out}` : `${digits.slice(start, end)}${out}`
  }
  return out
}

function defaultDecimals(value: number, unit: Unit, rate: boolean | undefined): number {
  const own = decimalsOf(value)
  const kind = unitSpec(unit).kind
  // Growth rates and their gaps read in one decimal (5.0%, 3.0个百分点) so columns line up.
  return rate && (kind === 'percent' || kind === 'points') ? Math.max(1, own) : own
}

/** The number alone, formatted for the language (no unit): 17,357 / 5.0 / 113.6. */
export function formatNumber(value: number, _lang: Lang, decimals?: number): string {
  return number(value, decimals ?? decimalsOf(value))
}

function zh(value: number, unit: Unit, opts: FormatOptions): string {
  const spec = unitSpec(unit)
  const n = number(value, opts.decimals ?? defaultDecimals(value, unit, opts.rate), Boolean(opts.signed))
  const q = opts.qualifier
  // 余 sits between the multiplier and the measure word: 1.6万余户, 200余次, 6800余处.
  if (q === 'over') {
    const multiplier = spec.zh.match(/^[万亿]/)?.[0] ?? ''
    return `${n}${multiplier}余${spec.zh.slice(multiplier.length)}`
  }
  const tail = q === 'at-least' ? '以上' : q === 'at-most' ? '以内' : ''
  return `${n}${spec.zh}${tail}`
}

// Keep every significant digit of the source: only the decimal point moves.
function scaleEn(raw: number): { value: number; suffix: string } {
  const abs = Math.abs(raw)
  if (abs >= 1e9) return { value: Number((raw / 1e9).toPrecision(12)), suffix: ' bn' }
  if (abs >= 1e6) return { value: Number((raw / 1e6).toPrecision(12)), suffix: ' M' }
  return { value: raw, suffix: '' }
}

function en(value: number, unit: Unit, opts: FormatOptions): string {
  const spec = unitSpec(unit)
  const signed = Boolean(opts.signed)
  let text: string
  if (spec.exp && Number.isFinite(value) && Math.abs(value) >= HUGE / 10 ** spec.exp) {
    text = scientific(value, signed, spec.exp) // shifting into the number would overflow its digits
  } else if (spec.exp && Number.isFinite(value)) {
    const raw = shift(value, spec.exp)
    const scaled = scaleEn(raw)
    text = `${number(scaled.value, decimalsOf(scaled.value), signed)}${scaled.suffix}`
  } else {
    text = number(value, opts.decimals ?? defaultDecimals(value, unit, opts.rate), signed)
  }
  const q = opts.qualifier
  const lead = q === 'over' ? 'over ' : q === 'at-least' ? '≥ ' : q === 'at-most' ? '≤ ' : ''
  if (spec.kind === 'percent') return `${lead}${text}%`
  if (spec.enPrefix) return `${lead}${spec.en} ${text}`
  const word = value === 1 && spec.enOne ? spec.enOne : spec.en
  return word ? `${lead}${text} ${word}` : `${lead}${text}`
}

/** How each language writes a quantity: the report's own way, or shifted into the number (English). */
const FORMATTERS: Record<Lang, (value: number, unit: Unit, opts: FormatOptions) => string> = { zh, en }

/** A quantity with its unit, as a reader of that language expects it: 113.6亿元 / CNY 11.36 bn. */
export function formatQuantity(value: number, unit: Unit, lang: Lang, opts: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—' // no number to show (the schema never lets one through)
  return FORMATTERS[lang](value, unit, opts)
}
