import { describe, expect, it } from 'vitest'
import type { JoinedRow } from '@/lib/ledger-model'
import { realReport } from '@/testing/data'
import { areaMonitors, areaStatuses } from '../model/area-status'

const report = realReport()
const project = (id: string) => report.projects.find((p) => p.id === id)

// Only what the rule reads; the rest of a joined row does not matter here.
const row = (over: Partial<JoinedRow>): JoinedRow =>
  ({ entry: {}, light: 'none', plan: Number.NaN, completed: Number.NaN, ...over }) as JoinedRow

describe('an area’s ledger status', () => {
  const industryIds = report.projects.filter((p) => p.areaId === 'industry').map((p) => p.id)
  const [a, b] = industryIds as [string, string]

  it('counts the lights of the ledger rows matched to the area’s projects and sums its completion', () => {
    const status = areaStatuses([
      row({ project: project(a), light: 'green', plan: 1000, completed: 600 }),
      row({ project: project(b), light: 'red', plan: 3000, completed: 400 }),
      row({ light: 'red', plan: 500, completed: 0 }), // a ledger row the report does not name: no area
      row({ project: project(a), entry: undefined, light: 'none' }), // a report project not in the ledger
    ])
    expect([...status.keys()]).toEqual(['industry'])
    const industry = status.get('industry')
    expect(industry?.counts).toEqual({ green: 1, yellow: 0, red: 1, none: 0 })
    expect(industry?.worst).toBe('red')
    expect(industry?.completion?.value).toBe(25) // (600 + 400) ÷ (1000 + 3000) × 100
    expect(industry?.completion?.formula.zh).toContain('1,000 ÷ 4,000 × 100')
  })

  it('gives no completion where no row states both a plan and a completed amount', () => {
    const status = areaStatuses([row({ project: project(a), light: 'none', plan: 1000 })])
    expect(status.get('industry')?.completion).toBeNull()
    expect(status.get('industry')?.worst).toBeNull()
  })
})

describe('an area’s monitored targets', () => {
  const areaOfFact = new Map([
    ['gdp-2022', 'economy'],
    ['ipv-growth-2022', 'economy'],
    ['market-entities', 'business-environment'],
  ])
  const target = (level?: string, growth?: string) => ({
    ...(level ? { level: { id: level } } : {}),
    ...(growth ? { growth: { id: growth } } : {}),
  })
  it('count for the area of their 2022 figure, by light; a target without a figure of an area counts nowhere', () => {
    const out = areaMonitors(
      [
        { target: target('gdp-2022'), status: { light: 'green' } },
        { target: target(undefined, 'ipv-growth-2022'), status: { light: 'red' } },
        { target: target('market-entities'), status: { light: null } },
        { target: target('unknown'), status: { light: 'red' } },
      ],
      areaOfFact,
      true,
    )
    expect(out.get('economy')).toEqual({ counts: { green: 1, yellow: 0, red: 1, none: 0 }, example: true })
    expect(out.get('business-environment')?.counts.none).toBe(1)
    expect(out.size).toBe(2)
  })
})
