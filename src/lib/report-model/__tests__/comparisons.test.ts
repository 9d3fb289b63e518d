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
  it('charts only like for like: figures the dataset says measure the same thing', () => {
    const charted = reportModel(report).areas.flatMap((a) =>
      comparisons(
        report,
        a.facts.map((f) => f.fact),
        text,
      ).map((c) => [a.area.id, c.rows.map((r) => r.id)]),
    )
    expect(charted).toEqual([
      ['rural-environment', ['rural-roads', 'village-roads']],
      ['livelihood', ['dibao-urban', 'dibao-rural']],
    ])
  })

  it('does not chart figures that only share a unit (高标准农田 vs 设施农业 in 亩, roads vs pipelines in 公里)', () => {
    expect(of('agriculture')).toEqual([])
    expect(of('parks')).toEqual([])
    expect(of('ecology')).toEqual([]) // 造林绿化 11万亩 vs 矿山恢复治理 821亩
    expect(of('poverty-gains')).toEqual([]) // loans vs student aid, both 万元
  })

  it('charts the urban and rural minimum-living standards with their derived gap', () => {
    const [dibao] = of('livelihood')
    expect(dibao?.rows.map((r) => r.value)).toEqual([8100, 6240])
    expect(dibao?.derived.map((d) => [d.id, d.value])).toEqual([['dibao-urban-rural-gap', 1860]])
  })

  it('brings 万亩 and 亩 of one measure to 亩 exactly for the axis, keeping what was stated', () => {
    const facts = [
      { ...fact('a', 3.5, '万亩', '新增高标准农田3.5万亩、改造农田4396亩'), measure: 'farmland' },
      { ...fact('b', 4396, '亩', '新增高标准农田3.5万亩、改造农田4396亩'), measure: 'farmland' },
    ]
    const [c] = comparisons(report, facts, '新增高标准农田3.5万亩、改造农田4396亩。')
    expect(c?.unit).toBe('亩')
    expect(c?.rows.map((r) => [r.value, r.stated, r.converted])).toEqual([
      [35000, { value: 3.5, unit: '万亩' }, true],
      [4396, { value: 4396, unit: '亩' }, false],
    ])
  })

  it('does not chart lone figures or counts of different things', () => {
    expect(of('industry')).toEqual([]) // 1552兆瓦 alone; 8户 and 4户 are counts
    expect(of('urban-construction')).toEqual([]) // 绿化 1.7万平方米 and 房地产 3万平方米 are unrelated
    expect(of('innovation')).toEqual([])
  })

  it('never mixes measures of a different family (公顷 with 万平方米, 万吨 with 万平方米)', () => {
    const facts = [
      { ...fact('a', 3, '万平方米', '新增绿化3万平方米'), measure: 'm' },
      { ...fact('b', 80, '公顷', '调规80公顷'), measure: 'm' },
      { ...fact('c', 7.3, '万吨', '清运垃圾7.3万吨'), measure: 'm' },
    ]
    expect(comparisons(report, facts, '新增绿化3万平方米,调规80公顷,清运垃圾7.3万吨。')).toEqual([])
  })

  it('finds the sentence around a quote', () => {
    expect(sentenceOf('甲。乙1公里,丙2公里;丁。', '丙2公里')).toBe('乙1公里,丙2公里')
    expect(sentenceOf('甲', '不在')).toBe('不在')
  })
})
