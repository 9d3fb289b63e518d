import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { joinProjects } from '@/lib/ledger-model'
import { reportJson } from '@/testing/fixtures'
import { entriesIn } from '../ledger/save'
import { sortJoined } from '../model/joined-view'

const report = reportJson()

describe('ordering the joined list', () => {
  const rows = joinProjects({
    report,
    ledger: {
      snapshot: { file: '示例.xlsx', asOf: '2023-06-30', amountUnit: '万元' },
      rows: [
        { name: '甲', row: 4, fields: { township: '柳城街道', plan: 100, completed: 10 } },
        { name: '乙', row: 5, fields: { plan: 100, completed: 80 } },
        { name: '丙', row: 6, fields: { township: '大平房镇', completed: 5 } },
      ],
    },
  }).rows

  it('puts the furthest behind first, and rows without a value last whatever the direction', () => {
    expect(
      sortJoined(rows, 'gap', 'asc', 'zh')
        .slice(0, 3)
        .map((r) => r.name),
    ).toEqual(['甲', '乙', '丙'])
    expect(
      sortJoined(rows, 'completion', 'desc', 'zh')
        .slice(0, 2)
        .map((r) => r.name),
    ).toEqual(['乙', '甲'])
    const byTown = sortJoined(rows, 'town', 'desc', 'zh').map((r) => r.township)
    expect(byTown.slice(0, 2)).toEqual(['柳城街道', '大平房镇'])
    expect(byTown.at(-1)).toBeNull()
    expect(sortJoined(rows, 'ledger', 'asc', 'zh')).toEqual(rows)
  })

  it('converts every sheet’s amounts into the snapshot’s unit exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (wan) => {
        const [e] = entriesIn(
          [{ name: 'x', amountsUnit: '万元', planInvestment: wan, source: { sheet: 'S', row: 2 } }],
          '亿元',
        )
        const back = entriesIn(
          [
            {
              name: 'x',
              amountsUnit: '亿元',
              planInvestment: e?.fields.plan,
              source: { sheet: 'S', row: 2 },
            },
          ],
          '万元',
        )
        expect(back[0]?.fields.plan).toBe(wan)
      }),
    )
  })
})
