import { describe, expect, it } from 'vitest'
import type { Fact } from '@/lib/dataset/schema'
import { realReport, reportText } from '@/testing/data'
import { reportModel } from '..'
import { comparisons, sentenceOf } from '../comparisons'

const report = realReport()
const text = reportText()

function of(areaId: string) {
  const area = reportModel(report).area(areaId)
  if (!area) throw new Error(areaId)
  return comparisons(
    report,
    area.facts.map((f) => f.fact),
    text,
  )
}

const fact = (id: string, value: number, unit: Fact['unit'], quote: string): Fact => ({
  id,
  label: { zh: id, en: id },
  value,
  unit,
  period: '2022',
  sectionId: 's',
  quote,
})

describe('comparisons worth a chart', () => {
  it('brings 万亩 and 亩 listed in one sentence to 亩 exactly, and leaves the grain total out', () => {
    const [farm, ...rest] = of('agriculture')
    expect(rest).toEqual([])
    expect(farm?.unit).toBe('亩')
    expect(farm?.rows.map((r) => [r.id, r.value, r.converted])).toEqual([
      ['high-standard-farmland', 35000, true],
      ['facility-agriculture', 4396, false],
    ])
    expect(farm?.reason.converted).toEqual([{ from: '万亩', to: '亩' }])
  })

  it('charts the urban and rural minimum-living standards with their derived gap', () => {
    const [dibao] = of('livelihood')
    expect(dibao?.rows.map((r) => r.value)).toEqual([8100, 6240])
    expect(dibao?.derived.map((d) => [d.id, d.value])).toEqual([['dibao-urban-rural-gap', 1860]])
  })

  it('charts the park infrastructure lengths sentence by sentence', () => {
    const parks = of('parks')
    expect(parks.map((c) => [c.unit, c.rows.map((r) => r.value)])).toEqual([
      ['公里', [6.5, 18, 20]],
      ['公里', [3, 2]],
    ])
  })

  it('does not chart lone figures, counts of different things or areas from different sentences', () => {
    expect(of('industry')).toEqual([]) // 1552兆瓦 alone; 8户 and 4户 are counts
    expect(of('urban-construction')).toEqual([]) // 绿化 1.7万平方米 and 房地产 3万平方米 are unrelated
    expect(of('innovation')).toEqual([])
  })

  it('never mixes measures of a different family (公顷 with 万平方米, 万吨 with 万平方米)', () => {
    const facts = [
      fact('a', 3, '万平方米', '新增绿化3万平方米'),
      fact('b', 80, '公顷', '调规80公顷'),
      fact('c', 7.3, '万吨', '清运垃圾7.3万吨'),
    ]
    expect(comparisons(report, facts, '新增绿化3万平方米,调规80公顷,清运垃圾7.3万吨。')).toEqual([])
  })

  it('finds the sentence around a quote', () => {
    expect(sentenceOf('甲。乙1公里,丙2公里;丁。', '丙2公里')).toBe('乙1公里,丙2公里')
    expect(sentenceOf('甲', '不在')).toBe('不在')
  })
})
