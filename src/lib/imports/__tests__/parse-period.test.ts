import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPeriod, parsePeriod, readPeriod } from '../parse-period'

const read = (text: string, year?: number) => {
  const r = parsePeriod(text, year === undefined ? {} : { year })
  return r.ok ? `${r.period.key} ${r.period.granularity} ${r.period.label}` : r.code
}

describe('parsePeriod: every spelling in issue 11', () => {
  it.each([
    ['2023-03', '2023-03 month 2023年1-3月'],
    ['2023/3', '2023-03 month 2023年1-3月'],
    ['2023.03', '2023-03 month 2023年1-3月'],
    ['2023-03-31', '2023-03 month 2023年1-3月'],
    ['202303', '2023-03 month 2023年1-3月'],
    ['2023年3月', '2023-03 month 2023年1-3月'],
    ['2023年1-3月', '2023-03 month 2023年1-3月'],
    ['2023年1月', '2023-01 month 2023年1月'],
    ['2023年1-2月', '2023-02 month 2023年1-2月'],
    ['2023 年 1 - 3 月', '2023-03 month 2023年1-3月'],
    ['２０２３年１－３月', '2023-03 month 2023年1-3月'],
    ['2023年1月-3月', '2023-03 month 2023年1-3月'],
    ['2023年1-12月', '2023-12 month 2023年1-12月'],
    ['2023Q1', '2023-03 quarter 2023年一季度'],
    ['2023-Q1', '2023-03 quarter 2023年一季度'],
    ['Q1 2023', '2023-03 quarter 2023年一季度'],
    ['2023年一季度', '2023-03 quarter 2023年一季度'],
    ['2023年第一季度', '2023-03 quarter 2023年一季度'],
    ['2023年上半年', '2023-06 half 2023年上半年'],
    ['2023H1', '2023-06 half 2023年上半年'],
    ['2023年前三季度', '2023-09 quarter 2023年前三季度'],
    ['2023年全年', '2023-12 year 2023年'],
    ['2023年', '2023-12 year 2023年'],
    ['2023年度', '2023-12 year 2023年'],
    ['2023', '2023-12 year 2023年'],
    ['截至2023年6月底', '2023-06 month 2023年1-6月'],
    ['2023年3月份', '2023-03 month 2023年1-3月'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it.each([
    ['1-3月', '2023-03 month 2023年1-3月'],
    ['1—3月', '2023-03 month 2023年1-3月'],
    ['1–3月', '2023-03 month 2023年1-3月'],
    ['1～3月', '2023-03 month 2023年1-3月'],
    ['1~3月', '2023-03 month 2023年1-3月'],
    ['1至3月', '2023-03 month 2023年1-3月'],
    ['一至三月', '2023-03 month 2023年1-3月'],
    ['1-11月', '2023-11 month 2023年1-11月'],
    ['一至十二月', '2023-12 month 2023年1-12月'],
    ['3月', '2023-03 month 2023年1-3月'],
    ['三月', '2023-03 month 2023年1-3月'],
    ['一季度', '2023-03 quarter 2023年一季度'],
    ['第一季度', '2023-03 quarter 2023年一季度'],
    ['1季度', '2023-03 quarter 2023年一季度'],
    ['Q1', '2023-03 quarter 2023年一季度'],
    ['上半年', '2023-06 half 2023年上半年'],
    ['1-6月', '2023-06 month 2023年1-6月'],
    ['前三季度', '2023-09 quarter 2023年前三季度'],
    ['全年', '2023-12 year 2023年'],
    ['1-3月累计', '2023-03 month 2023年1-3月'],
  ])("%s takes the report's year → %s", (text, expected) => {
    expect(read(text, 2023)).toBe(expected)
  })

  it('a year written in the text wins over the report year', () => {
    expect(read('2024年1-3月', 2023)).toBe('2024-03 month 2024年1-3月')
  })

  it.each([
    ['1-3月', 'no-year'],
    ['上半年', 'no-year'],
    ['4-6月', 'not-cumulative'],
    ['2023年二季度', 'not-cumulative'],
    ['Q3', 'not-cumulative'],
    ['下半年', 'not-cumulative'],
    ['2023年13月', 'month-out-of-range'],
    ['2023-00', 'month-out-of-range'],
    ['3-1月', 'month-out-of-range'],
    ['2023-13', 'month-out-of-range'],
    ['', 'unreadable-period'],
    ['三月中旬', 'unreadable-period'],
    ['本月', 'unreadable-period'],
    ['3', 'unreadable-period'],
    ['2023-03-45-1', 'unreadable-period'],
    ['1850年', 'unreadable-period'],
    ['foo', 'unreadable-period'],
  ])('%s is rejected as %s', (text, code) => {
    const r = parsePeriod(text, text === '1-3月' || text === '上半年' ? {} : { year: 2023 })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(code)
      expect(r.params.text).toBe(text)
    }
  })

  it('1-3月 and 一季度 are one cumulative figure: the same key', () => {
    const a = parsePeriod('1-3月', { year: 2023 })
    const b = parsePeriod('一季度', { year: 2023 })
    expect(a.ok && b.ok && a.period.key === b.period.key).toBe(true)
  })

  it('reads a date cell by its calendar month', () => {
    expect(readPeriod({ raw: 45016, text: '2023/3/31', date: '2023-03-31' })).toMatchObject({
      ok: true,
      period: { key: '2023-03' },
    })
    expect(readPeriod({ raw: 202306, text: '202306' })).toMatchObject({
      ok: true,
      period: { key: '2023-06' },
    })
  })

  it('finds the period inside headings and titles', () => {
    expect(findPeriod('2023年1-3月累计值')?.result).toMatchObject({ ok: true, period: { key: '2023-03' } })
    expect(findPeriod('朝阳县2023年1-6月主要经济指标')?.match).toBe('2023年1-6月')
    expect(findPeriod('上半年', { year: 2023 })?.result).toMatchObject({
      ok: true,
      period: { key: '2023-06' },
    })
    expect(findPeriod('比上年同期增长(%)')).toBeUndefined()
  })
})

// ---- properties: every cumulative period, written any of the ways, reads back as itself
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
const FULL = '０１２３４５６７８９'
const wide = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)] as string)
const DASH = ['-', '—', '–', '～', '~', '至', '－', '−']

describe('parsePeriod properties', () => {
  it('reads any month written any way, with or without the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...DASH),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', ' ', '　'),
        (year, month, dash, form, withYear, fullWidth, space) => {
          const m2 = String(month).padStart(2, '0')
          const forms = [
            `${year}-${m2}`,
            `${year}/${month}`,
            `${year}.${m2}`,
            `${year}年${month}月`,
            `${year}${space}年${space}1${dash}${month}${space}月`,
            `${withYear ? `${year}年` : ''}1${dash}${month}月`,
            `${withYear ? `${year}年` : ''}${month}月`,
            `${withYear ? `${year}年` : ''}一至${CN[month]}月`,
            `${year}${m2}`,
          ]
          const text = forms[form] as string
          const r = parsePeriod(fullWidth ? wide(text) : text, { year })
          expect(r).toMatchObject({ ok: true, period: { year, month } })
          if (r.ok) expect(r.period.key).toBe(`${year}-${m2}`)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('rejects every span that does not start in January, and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (a, b) => {
        fc.pre(a <= b)
        expect(parsePeriod(`${a}-${b}月`, { year: 2023 })).toMatchObject({
          ok: false,
          code: 'not-cumulative',
        })
      }),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (s) => {
        const r = parsePeriod(s, { year: 2023 })
        if (r.ok) {
          expect(r.period.month).toBeGreaterThanOrEqual(1)
          expect(r.period.month).toBeLessThanOrEqual(12)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
