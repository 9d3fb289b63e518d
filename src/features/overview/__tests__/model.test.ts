import { describe, expect, it } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import { headlineTiles } from '@/lib/report-model/headlines'
import { realReport } from '@/testing/data'
import { bulletGeometry, kpiCards, rateDomain } from '../model/kpi-cards'

const report = realReport()

describe('kpiCards', () => {
  const cards = kpiCards(report)

  it('makes one card per indicator, in the report order', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'gdp',
      'fixed-asset-investment',
      'budget-revenue',
      'industrial-output',
      'industrial-value-added',
      'retail-sales',
      'rural-income',
    ])
  })

  it('carries the stated level, growth and target, and the dataset’s derived gap', () => {
    const gdp = cards[0]
    expect(gdp?.actual?.value).toBe(113.6)
    expect(gdp?.growth.value).toBe(5)
    expect(gdp?.target.value).toBe(8)
    expect(gdp?.gap).toMatchObject({ id: 'gdp-target-gap', value: 3, unit: '百分点' })
    expect(gdp?.gapDirection).toBe('above')
    expect(gdp?.estimated).toBe(true)
    expect(cards.find((c) => c.id === 'industrial-output')?.gapDirection).toBe('below')
  })

  it('gives 规上工业增加值 no level (the report states only its rate)', () => {
    const va = cards.find((c) => c.id === 'industrial-value-added')
    expect(va?.actual).toBeUndefined()
    expect(va?.basis).toBe('real')
    expect(va?.estimated).toBe(true)
  })

  it('marks the biggest stretch: the one target furthest above last year’s growth', () => {
    expect(cards.filter((c) => c.stretch).map((c) => c.id)).toEqual(['budget-revenue'])
    // With budget revenue's target lowered to its growth, fixed-asset investment (+8.7) is the stretch.
    const lowered = structuredClone(report)
    const revenue = lowered.indicators.find((i) => i.id === 'budget-revenue')
    if (revenue) revenue.target.value = revenue.growth.value
    expect(
      kpiCards(lowered)
        .filter((c) => c.stretch)
        .map((c) => c.id),
    ).toEqual(['fixed-asset-investment'])
    // No target above its growth: no stretch to show.
    const flat = structuredClone(report)
    for (const i of flat.indicators) i.target.value = i.growth.value
    expect(kpiCards(flat).some((c) => c.stretch)).toBe(false)
  })

  it('invents no gap when the dataset has none', () => {
    const stripped: Report = { ...report, derived: report.derived.filter((d) => d.id !== 'gdp-target-gap') }
    expect(kpiCards(stripped)[0]?.gap).toBeUndefined()
  })
})

describe('bullet geometry', () => {
  it('puts every card on one scale from 0 to a multiple of 5 above the largest rate', () => {
    expect(rateDomain(report.indicators)).toEqual({ min: 0, max: 15 })
  })

  it('places growth as a bar from zero and the target as a tick', () => {
    expect(bulletGeometry(5, 8, { min: 0, max: 15 })).toEqual({ from: 0, to: 33.3, target: 53.3, zero: 0 })
  })

  it('draws a negative growth leftwards from zero', () => {
    expect(bulletGeometry(-5, 5, { min: -10, max: 10 })).toEqual({ from: 25, to: 50, target: 75, zero: 50 })
  })
})

describe('headlineTiles', () => {
  it('looks the headline counts up by id', () => {
    const tiles = headlineTiles(report)
    const values = Object.fromEntries(tiles.map((t) => [t.key, t.items.map((i) => i.fact.value)]))
    expect(values).toEqual({
      investment: [75, 38],
      construction: [180, 295.7],
      marketEntities: [2650, 2700],
      cleanEnergy: [1552],
      funds: [49.4],
    })
    const market = tiles.find((t) => t.key === 'marketEntities')
    expect(market?.items.map((i) => i.period)).toEqual([
      { kind: 'year', year: 2022 },
      { kind: 'target', year: 2023 },
    ])
    expect(tiles.find((t) => t.key === 'cleanEnergy')?.items[0]?.period).toEqual({ kind: 'to-date' })
  })

  it('leaves out facts another report lacks, and tiles left empty', () => {
    const other: Report = {
      ...report,
      metrics: report.metrics.filter(
        (m) => m.id !== 'clean-energy-capacity' && m.id !== 'new-market-entities',
      ),
    }
    const tiles = headlineTiles(other)
    expect(tiles.map((t) => t.key)).not.toContain('cleanEnergy')
    expect(tiles.find((t) => t.key === 'marketEntities')?.items.map((i) => i.fact.id)).toEqual([
      'market-entities-target-2023',
    ])
  })
})
