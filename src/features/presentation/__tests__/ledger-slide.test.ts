import { describe, expect, it } from 'vitest'
import { joinProjects } from '@/lib/ledger-model'
import { reportJson } from '@/testing/fixtures'
import { buildSlides, defaultSelection, LEDGER_RED_LIST, ledgerSlide } from '../model/slides'

const report = reportJson()
// An invented ledger (示例数据): ten projects behind their plan at the end of June, one on track.
const rows = Array.from({ length: 11 }, (_, i) => ({
  name: i === 10 ? '晶澳300MW光伏项目' : `示例项目${i}`,
  row: 4 + i,
  fields: {
    industry: i % 2 ? '新能源' : '教育',
    township: '柳城街道',
    plan: 1000,
    completed: i === 10 ? 800 : 100 + i * 10,
  },
}))
const list = joinProjects({
  report,
  ledger: { snapshot: { file: '示例台账（虚构）.xlsx', asOf: '2023-06-30', amountUnit: '万元' }, rows },
})

describe('the ledger slide', () => {
  it('counts the lights, sums plan and completed by sector, lists the furthest behind first', () => {
    const slide = ledgerSlide(list)
    expect(slide?.counts).toEqual({ red: 10, yellow: 0, green: 1, none: 0 })
    expect(slide?.bySector.map((b) => `${b.key}:${b.plan}/${b.completed}`)).toEqual([
      'energy:5000/750',
      'public-services:6000/1500',
    ])
    expect(slide?.behind).toHaveLength(LEDGER_RED_LIST)
    expect(slide?.behindTotal).toBe(10)
    expect(slide?.behind[0]?.name).toBe('示例项目0') // 10% against 50%: the largest gap
  })

  it('is in the deck, on by default, only when there is a ledger', () => {
    expect(buildSlides(report).some((s) => s.kind === 'ledger')).toBe(false)
    expect(defaultSelection(report)).not.toContain('ledger')
    const ids = buildSlides(report, { ledger: list }).map((s) => s.id)
    expect(ids.indexOf('ledger')).toBe(ids.indexOf('projects') + 1)
    expect(defaultSelection(report, undefined, { ledger: list })).toContain('ledger')
    expect(ledgerSlide(joinProjects({ report, ledger: null }))).toBeNull()
  })
})
