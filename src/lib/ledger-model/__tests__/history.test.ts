import { describe, expect, it } from 'vitest'
import { projectHistory } from '../history'
import { entry } from './helpers'

describe('a project across monthly ledgers', () => {
  it('orders the snapshots, converts units and states each month’s status', () => {
    const points = projectHistory([
      {
        snapshot: { file: '6月.xlsx', asOf: '2023-06-30', amountUnit: '亿元' },
        row: entry('甲', 9, { plan: 2, completed: 0.7 }),
      },
      {
        snapshot: { file: '3月.xlsx', asOf: '2023-03-31', amountUnit: '万元' },
        row: entry('甲', 4, { plan: 20000, completed: 6000 }),
      },
    ])
    expect(points.map((p) => [p.asOf, p.plan, p.completed, p.status.light])).toEqual([
      ['2023-03-31', 20000, 6000, 'green'],
      ['2023-06-30', 20000, 7000, 'red'],
    ])
    expect(points[1]?.added).toBe(1000)
    expect(Number.isNaN(points[0]?.added)).toBe(true)
  })
})
