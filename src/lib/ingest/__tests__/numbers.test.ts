import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArabic, parseChineseNumeral, parseNumberText } from '../numbers'

const DIGITS = '零一二三四五六七八九'

/** A reference writer of Chinese numerals (the way reports write them), to test the reader against. */
function toChinese(n: number): string {
  if (n === 0) return '零'
  const group = (g: number): string => {
    let out = ''
    let zero = false
    for (const [unit, name] of [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
      [1, ''],
    ] as const) {
      const d = Math.floor(g / unit) % 10
      if (d === 0) {
        zero = out !== ''
        continue
      }
      if (zero) out += '零'
      zero = false
      out += `${DIGITS[d]}${name}`
    }
    return out
  }
  const yi = Math.floor(n / 1e8)
  const wan = Math.floor((n % 1e8) / 1e4)
  const rest = n % 1e4
  let out = ''
  if (yi) out += `${group(yi)}亿`
  if (wan) out += `${yi && wan < 1000 ? '零' : ''}${group(wan)}万`
  if (rest) out += `${(yi || wan) && rest < 1000 ? '零' : ''}${group(rest)}`
  return out
}

const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

describe('parseChineseNumeral', () => {
  it.each([
    ['三十', 30],
    ['十五', 15],
    ['一百零五', 105],
    ['两万', 20_000],
    ['一万二千', 12_000],
    ['三千二百万', 32_000_000],
    ['三亿五千万', 350_000_000],
    ['二〇二三', 2023],
    ['十', 10],
  ])('%s = %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n)
  })

  it.each(['三四', '百', '万', '十十', '三百二千', 'abc', ''])('%s is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeUndefined()
  })

  it('reads every number the way reports write it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(toChinese(n))).toBe(n)
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseArabic', () => {
  it.each([
    ['113.6', 113.6],
    ['1,234,567', 1_234_567],
    ['28,901.5', 28_901.5],
    ['１２３４', 1234],
    ['１，２３４．５', 1234.5],
    ['-1.2', -1.2],
    ['－３', -3],
  ])('%s = %d', (s, n) => {
    expect(parseArabic(s)).toBe(n)
  })

  it.each(['1,23', '12,3456', '1.2.3', '', '一'])('%s is not an Arabic number', (s) => {
    expect(parseArabic(s)).toBeUndefined()
  })

  it('reads thousands separators and full-width digits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (whole, cents, wide) => {
          const written = cents ? `${grouped(whole)}.${String(cents).padStart(2, '0')}` : grouped(whole)
          const expected = Number(`${whole}.${String(cents).padStart(2, '0')}`)
          expect(parseArabic(wide ? fullWidth(written) : written)).toBe(expected)
          expect(parseNumberText(written.replace(/,/g, ''))).toBe(expected)
        },
      ),
      { numRuns: 500 },
    )
  })
})
