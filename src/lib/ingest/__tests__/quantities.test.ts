import { describe, expect, it } from 'vitest'
import { nonMetricReason } from '../non-metric'
import { findQuantities } from '../quantities'
import { quotedSpans, textTokens } from '../tokens'

function read(text: string) {
  const tokens = textTokens(text)
  const quoted = quotedSpans(text)
  const skip = (t: (typeof tokens)[number]) => Boolean(nonMetricReason(t, text, quoted, false))
  return findQuantities(text, tokens, skip).map((q) => ({
    value: q.value,
    unit: q.unitText,
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    ...(q.range ? { range: q.range } : {}),
    ...(q.ratio ? { ratio: q.ratio } : {}),
    ...(q.threshold ? { threshold: true } : {}),
  }))
}

describe('quantities', () => {
  it.each([
    ['惠及1.6万余户脱贫群众', [{ value: 1.6, unit: '万户', qualifier: 'over' }]],
    ['开展活动200余次', [{ value: 200, unit: '次', qualifier: 'over' }]],
    ['空气优良天数88%以上', [{ value: 88, unit: '%', qualifier: 'at-least' }]],
    ['登记失业率控制在3.6%以内', [{ value: 3.6, unit: '%', qualifier: 'at-most' }]],
    ['地区生产总值增长5%左右', [{ value: 5, unit: '%', qualifier: 'about' }]],
    ['接近100亿元', [{ value: 100, unit: '亿元', qualifier: 'nearly' }]],
    ['突破200亿元', [{ value: 200, unit: '亿元', qualifier: 'more-than' }]],
    ['同比增长-1.2%', [{ value: -1.2, unit: '%' }]],
    ['支出完成1234567万元', [{ value: 1234567, unit: '万元' }]],
    ['税收收入62,310万元', [{ value: 62310, unit: '万元' }]],
    ['补贴3,456.78万元', [{ value: 3456.78, unit: '万元' }]],
    ['规上工业总产值增长12 %', [{ value: 12, unit: '%' }]],
    ['产业结构为12.1:40.3:47.6', [{ value: 12.1, unit: '', ratio: [12.1, 40.3, 47.6] }]],
    ['增长6%—7%', [{ value: 6, unit: '%', range: { low: 6, high: 7 } }]],
    ['增长6-7%', [{ value: 6, unit: '%', range: { low: 6, high: 7 } }]],
    [
      '提高1.2和0.8个百分点',
      [
        { value: 1.2, unit: '个百分点' },
        { value: 0.8, unit: '个百分点' },
      ],
    ],
    ['新建卫生室三十个', [{ value: 30, unit: '个' }]],
    ['惠及两万余户群众', [{ value: 2, unit: '万户', qualifier: 'over' }]],
    ['新增就业五千余人', [{ value: 5000, unit: '人', qualifier: 'over' }]],
    [
      '新开工500万元以上项目45个',
      [
        { value: 500, unit: '万元', qualifier: 'at-least', threshold: true },
        { value: 45, unit: '个' },
      ],
    ],
    ['城乡低保8100元/人', [{ value: 8100, unit: '元/人' }]],
    ['出生率6.02‰', [{ value: 6.02, unit: '‰' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('never reads years, dates, ordinals or names as quantities', () => {
    expect(
      read('2023年1-9月,第二届“1+4”行动,新建5G基站,3A级景区,金融街10号院,华新城二期,党的二十大'),
    ).toEqual([])
  })
})

describe('non-metric tokens', () => {
  const reasons = (text: string) => {
    const quoted = quotedSpans(text)
    return textTokens(text).map((t) => [t.text, nonMetricReason(t, text, quoted, false)?.reason ?? null])
  }
  it('gives each a reason', () => {
    expect(
      reasons('2022年,(一)第一要务,一是,“十四五”,二十家子,一批项目,三次产业,过去五年,12345政务服务热线'),
    ).toEqual([
      ['2022', 'a year'],
      ['(一)', 'a heading ordinal'],
      ['第一', 'an ordinal (第…)'],
      ['一', 'an enumeration (一是, 二是 …)'],
      ['十四五', 'part of a name in quotation marks'],
      ['二十', 'part of a place name'],
      ['一', 'an indefinite or idiomatic 一 (一批, 一年, 一个个)'],
      ['三', 'a name (三次产业 = the three sectors)'],
      ['五', 'a span of years (过去五年, 一年来)'],
      ['12345', 'a service number'],
    ])
  })
})
