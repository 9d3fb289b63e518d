import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HeaderColumn } from '@/lib/imports/header-detect'
import { asOfDate, columnsOf, headersOf } from '../ledger/mapping'

const col = (c: number, text: string): HeaderColumn => ({
  col: c,
  letter: String.fromCharCode(65 + c),
  parts: text ? [text] : [],
  text,
})
const JUNE = ['序号', '项目名称', '所属行业', '2023年计划投资', '1-6月完成投资', '责任单位'].map((t, i) =>
  col(i, t),
)
const JULY = ['序号', '项目名称', '所属行业', '2023年计划投资', '1-7月完成投资', '责任单位'].map((t, i) =>
  col(i, t),
)

describe('remembering a column mapping by header shape', () => {
  it('applies June’s confirmed mapping to July’s ledger, whose headings differ only in digits', () => {
    const june = { name: 1, sector: 2, planInvestment: 3, completedInvestment: 4, unit: 5 }
    const kept = headersOf(june, JUNE)
    expect(kept.completedInvestment).toBe('1-6月完成投资')
    expect(columnsOf(kept, JULY)).toEqual(june)
  })

  it('gives any mapping back over the same columns (property), and refuses one whose heading is gone', () => {
    const fields = ['name', 'sector', 'township', 'planInvestment', 'completedInvestment', 'unit'] as const
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 1 }), (cols) => {
        const mapping = Object.fromEntries(cols.map((c, i) => [fields[i], c]))
        if (mapping.name === undefined) return
        expect(columnsOf(headersOf(mapping, JUNE), JUNE)).toEqual(mapping)
      }),
    )
    expect(columnsOf({ name: '项目名称', township: '所在乡镇' }, JUNE)).toBeNull()
  })

  it('turns 截至6月底 into the month’s last day, and asks when the year is unknown', () => {
    expect(asOfDate({ month: 6, year: 2023, text: '截至6月底', row: 1, from: 'title' })).toBe('2023-06-30')
    expect(asOfDate({ month: 2, year: 2024, text: '1-2月', row: 3, from: 'header' })).toBe('2024-02-29')
    expect(asOfDate({ month: 6, day: 20, year: 2023, text: '截至6月20日', row: 1, from: 'title' })).toBe(
      '2023-06-20',
    )
    expect(asOfDate({ month: 6, text: '6月', row: 0, from: 'sheet-name' })).toBe('')
    expect(asOfDate({ month: 6, text: '6月', row: 0, from: 'sheet-name' }, 2023)).toBe('2023-06-30')
    expect(asOfDate(undefined, 2023)).toBe('')
  })
})
