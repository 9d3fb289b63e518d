import { describe, expect, it } from 'vitest'
import type { ActualValue } from '@/lib/store'
import { withImported } from '../model/import-rows'

describe('the figures right after an import', () => {
  it('are the kept ones with each imported figure replaced, its import as the source, in store order', () => {
    const kept: ActualValue[] = [
      {
        changeId: 'a',
        reportId: 'r',
        indicatorId: 'retail-sales',
        period: { year: 2023, month: 3 },
        growth: 3.1,
        source: { kind: 'manual', at: '2023-04-01T00:00:00.000Z' },
      },
      {
        changeId: 'b',
        reportId: 'r',
        indicatorId: 'gdp',
        period: { year: 2023, month: 3 },
        growth: 5,
        source: { kind: 'manual', at: '2023-04-01T00:00:00.000Z' },
      },
    ]
    const out = withImported(
      kept,
      [
        {
          reportId: 'r',
          indicatorId: 'retail-sales',
          period: { year: 2023, month: 3 },
          growth: 3.5,
          sheet: 's',
          row: 4,
        },
      ],
      { id: 'imp-1', file: 'f.csv', updatedAt: '2023-07-01T00:00:00.000Z', author: '王' },
    )
    expect(out.map((v) => `${v.indicatorId} ${v.growth} ${v.source.kind}`)).toEqual([
      'gdp 5 manual',
      'retail-sales 3.5 import',
    ])
    expect(out[1]?.source).toEqual({
      kind: 'import',
      importId: 'imp-1',
      file: 'f.csv',
      sheet: 's',
      row: 4,
      at: '2023-07-01T00:00:00.000Z',
      by: '王',
    })
  })
})
