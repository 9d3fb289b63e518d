import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGS } from '@/lib/i18n/languages'
import { formatQuantity, number } from '../quantity'
import { UNITS, type Unit } from '../units'

describe('formatQuantity', () => {
  it.each([
    [113.6, '亿元', {}, '113.6亿元'],
    [5, '%', { rate: true }, '5.0%'],
    [17357, '元', {}, '17,357元'],
    [4.1, '百分点', {}, '4.1个百分点'],
    [8, '%', {}, '8%'],
    [3, '百分点', { signed: true, rate: true }, '+3.0个百分点'],
    [1.6, '万户', { qualifier: 'over' }, '1.6万余户'],
    [200, '次', { qualifier: 'over' }, '200余次'],
    [88, '%', { qualifier: 'at-least' }, '88%以上'],
    [3.6, '%', { qualifier: 'at-most' }, '3.6%以内'],
    [1552, '兆瓦', {}, '1,552兆瓦'],
  ] as const)('zh %s %s → %s', (value, unit, opts, expected) => {
    expect(formatQuantity(value, unit, 'zh', opts)).toBe(expected)
  })

  it.each([
    [113.6, '亿元', {}, 'CNY 11.36 bn'],
    [7.66, '亿元', {}, 'CNY 766 M'],
    [295.7, '亿元', {}, 'CNY 29.57 bn'],
    [882, '万元', {}, 'CNY 8.82 M'],
    [167.7, '万元', {}, 'CNY 1.677 M'],
    [17357, '元', {}, 'CNY 17,357'],
    [5, '%', { rate: true }, '5.0%'],
    [129, '万亩', {}, '1.29 M mu'],
    [3.5, '万亩', {}, '35,000 mu'],
    [10.63, '亿斤', {}, '1.063 bn jin'],
    [1.6, '万户', { qualifier: 'over' }, 'over 16,000 households'],
    [88, '%', { qualifier: 'at-least' }, '≥ 88%'],
    [1552, '兆瓦', {}, '1,552 MW'],
    [1, '家', {}, '1 firm'],
    [3, '百分点', { signed: true, rate: true }, '+3.0 pp'],
  ] as const)('en %s %s → %s', (value, unit, opts, expected) => {
    expect(formatQuantity(value, unit, 'en', opts)).toBe(expected)
  })
})

describe('number', () => {
  // The plain formatter stands in for Intl.NumberFormat (which is slow to build on an old PC): for
  // both languages it must write exactly what Intl writes, for numbers as a report writes them.
  const intl = (lang: string, value: number, decimals: number, signed: boolean) =>
    new Intl.NumberFormat(lang, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value)

  it('writes what Intl.NumberFormat writes in zh-CN and en-US', () => {
    const written = fc
      .tuple(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), fc.integer({ min: 0, max: 4 }))
      .map(([digits, exp]) => Number((digits / 10 ** exp).toFixed(exp))) // ≤ 12 digits, ≤ 4 decimals
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 3 }), fc.boolean(), (value, decimals, signed) => {
        const ours = number(value, decimals, signed)
        // Intl writes "-0.0" for a negative that rounds to zero; a report never says that.
        const expected = intl('en-US', value, decimals, signed).replace(/^-(?=[0.,]*$)/, '')
        expect(ours).toBe(expected)
        expect(intl('zh-CN', value, decimals, signed).replace(/^-(?=[0.,]*$)/, '')).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    [1.005, 2, false, '1.01'],
    [2.5, 0, false, '3'],
    [-2.5, 0, false, '-3'],
    [11360000000, 0, false, '11,360,000,000'],
    [999.95, 1, false, '1,000.0'],
    [0.04, 1, true, '0.0'],
    [3, 1, true, '+3.0'],
    [-0.4, 1, true, '-0.4'],
  ] as const)('%s to %s decimals (signed %s) → %s', (value, decimals, signed, expected) => {
    expect(number(value, decimals, signed)).toBe(expected)
  })
})

describe('the whole double range', () => {
  const units = Object.keys(UNITS) as Unit[]
  // fast-check's double() covers everything: NaN, ±Infinity, ±0, subnormals up to ±1.8e308.
  const anyDouble = fc.double()
  const options = fc.record(
    {
      signed: fc.boolean(),
      rate: fc.boolean(),
      qualifier: fc.constantFrom('over', 'at-least', 'at-most'),
      decimals: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: [] },
  )
  const BROKEN = /NaN|Infinity|\d,\D|e[+-]\d|undefined/

  it('never writes NaN, Infinity, a JavaScript exponent or digits run together', () => {
    fc.assert(
      fc.property(
        anyDouble,
        fc.constantFrom(...units),
        fc.constantFrom(...LANGS),
        options,
        (v, unit, lang, opts) => {
          const text = formatQuantity(v, unit, lang, opts)
          expect(text).not.toMatch(BROKEN)
          if (!Number.isFinite(v)) expect(text).toBe('—')
        },
      ),
      { numRuns: 20_000 },
    )
  })

  it('never shows a value that is not zero as zero, with the value’s own decimals', () => {
    fc.assert(
      fc.property(
        anyDouble.filter((v) => Number.isFinite(v)),
        fc.constantFrom(...units),
        fc.constantFrom(...LANGS),
        (v, unit, lang) => {
          const digits = formatQuantity(v, unit, lang).replace(/×10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/, '')
          expect(/[1-9]/.test(digits), `${v} ${unit} ${lang}: ${digits}`).toBe(v !== 0)
        },
      ),
      { numRuns: 20_000 },
    )
  })

  it.each([
    [5e-324, '亿元', 'zh', '5×10⁻³²⁴亿元'],
    [1.7976931348623157e308, '亿元', 'zh', '1.7976931348623157×10³⁰⁸亿元'],
    [1.7976931348623157e308, '亿元', 'en', 'CNY 1.7976931348623157×10³¹⁶'],
    [-1e21, '%', 'en', '-1×10²¹%'],
    [1.5e-7, '%', 'zh', '1.5×10⁻⁷%'],
    [0.0000015, '%', 'zh', '0.0000015%'],
    [Number.NaN, '亿元', 'zh', '—'],
    [Number.POSITIVE_INFINITY, '%', 'en', '—'],
    [999_999_999_999, '亿元', 'zh', '999,999,999,999亿元'],
  ] as const)('%s %s in %s → %s', (value, unit, lang, expected) => {
    expect(formatQuantity(value, unit, lang)).toBe(expected)
  })
})
