// Numbers as reports write them: 113.6, １２３４, 1,234,567, -1.2, 三十, 两万, 一百零五, 二〇二三.
// The value keeps the digits as written (no rounding, no scaling by 万/亿: those belong to the unit).

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

/**
 * A Chinese numeral's value: 十五 = 15, 二十 = 20, 一百零五 = 105, 三千二百万 = 32,000,000,
 * 三亿五千万 = 350,000,000. A run of bare digits reads digit by digit (二〇二三 = 2023).
 * Undefined when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined
  const chars = Array.from(s)
  if (chars.some((c) => !CN_NUMERAL_CHARS.includes(c))) return undefined
  if (chars.length > 1 && chars.every((c) => c in CN_DIGITS)) {
    // 二〇二三, 一九九八: digit by digit. Two digits with no zero (三四个) mean "three or four", and
    // 两 never writes a digit in such a run.
    if (chars.includes('两') || (chars.length < 3 && !/[〇零]/.test(s))) return undefined
    return Number(chars.map((c) => CN_DIGITS[c]).join(''))
  }
  let total = 0 // completed 亿 and 万 groups
  let section = 0 // the current group below 万
  let digit: number | undefined
  let lastSmall = 10_000 // units inside a group must fall: 三千二百, not 三百二千
  for (const c of chars) {
    const d = CN_DIGITS[c]
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined // 三四 is not a number
      digit = d
      continue
    }
    const small = CN_SMALL[c]
    if (small !== undefined) {
      if (small >= lastSmall) return undefined
      section += (digit ?? (small === 10 ? 1 : Number.NaN)) * small
      if (Number.isNaN(section)) return undefined
      lastSmall = small
      digit = undefined
      continue
    }
    const group = section + (digit ?? 0)
    if (c === '万') {
      if (group === 0 && total === 0) return undefined
      total += group * 10_000
    } else {
      // 亿 multiplies all before it (一万亿 = 10¹²)
      if (group === 0 && total === 0) return undefined
      total = (total + group) * 100_000_000
    }
    section = 0
    digit = undefined
    lastSmall = 10_000
  }
  return total + section + (digit ?? 0)
}

const FULL_WIDTH_DIGIT = /[０-９]/g

/** Full-width digits, point and comma to ASCII, so one pattern reads both. */
function asciiDigits(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/[−－]/g, '-')
}

const ARABIC = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

/**
 * An Arabic number as written: optional sign, thousands separators (only in groups of three),
 * a decimal point; full-width digits read like ASCII ones.
 */
export function parseArabic(s: string): number | undefined {
  const t = asciiDigits(s.trim())
  if (!ARABIC.test(t)) return undefined
  const value = Number(t.replace(/,/g, ''))
  return Number.isFinite(value) ? value : undefined
}

/** Either kind of number. */
export function parseNumberText(s: string): number | undefined {
  return parseArabic(s) ?? parseChineseNumeral(s.trim())
}
