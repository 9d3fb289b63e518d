import { describe, expect, it } from 'vitest'
import { coverage, numberInQuote, quantityTokens } from '../coverage'
import { computeDerived, roundTo } from '../derive'
import { DataError } from '../errors'
import { allQuotes, numbersById, statedFacts } from '../facts'
import { parseJson } from '../json'
import type { Report } from '../schema'
import { parseManifest, parseReport, quoteIssues } from '../validate'
import { MANIFEST_FILE, REPORT_FILE, rawReport, readData, reportText } from './load'

const report = parseReport(rawReport(), REPORT_FILE)

function thrown(fn: () => unknown): DataError {
  try {
    fn()
  } catch (e) {
    if (e instanceof DataError) return e
    throw e
  }
  throw new Error('expected a DataError')
}

describe('manifest', () => {
  it('lists the report file, which exists and parses', () => {
    const manifest = parseManifest(parseJson(readData(MANIFEST_FILE), MANIFEST_FILE), MANIFEST_FILE)
    expect(manifest.reports.map((r) => r.id)).toContain(manifest.defaultReport)
    expect(manifest.reports.map((r) => r.file)).toEqual([REPORT_FILE])
    expect(report.textFile).toBe('report.txt')
  })
})

describe('quotes', () => {
  it('every quote is a verbatim substring of report.txt', () => {
    const quotes = allQuotes(report)
    expect(quotes.length).toBeGreaterThan(200)
    expect(quoteIssues(report, reportText)).toEqual([])
    for (const { item, path } of quotes) expect(reportText.includes(item), path).toBe(true)
  })

  it('the text ends where the plan says it breaks off', () => {
    expect(reportText.trimEnd().endsWith(report.plan.truncation?.lastWords ?? '∅')).toBe(true)
    expect(report.plan.tasks.at(-1)?.complete).toBe(false)
  })
})

describe('numbers in their quotes', () => {
  it('every stated number appears in its own quote, as written, in the report unit', () => {
    const facts = statedFacts(report)
    expect(facts.length).toBeGreaterThan(100)
    for (const { item, path } of facts)
      expect(
        numberInQuote(item.value, item.unit, item.quote, item.qualifier),
        `${path}: ${item.value}${item.unit}`,
      ).toBe(true)
  })

  it('every project investment appears in its quote as <n>亿元', () => {
    const invested = report.projects.filter((p) => p.investment)
    expect(invested.length).toBe(6)
    for (const p of invested) expect(p.quote, p.id).toContain(`${p.investment?.value}亿元`)
  })

  it('keeps the spaced "12 %" of the source', () => {
    const target = report.indicators.find((i) => i.id === 'industrial-output')?.target
    expect(target?.quote).toBe('规上工业总产值增长12 %')
    expect(numberInQuote(12, '%', '增长12 %')).toBe(true)
    expect(numberInQuote(2, '亿元', '投资32亿元')).toBe(false)
  })

  it('reads a number as other report copies write it', () => {
    // full-width digits, a fall, thousands separators, an amount in 亿元 stated in 万元
    expect(numberInQuote(102.3, '亿元', '生产总值完成１０２．３亿元')).toBe(true)
    expect(numberInQuote(-3.6, '%', '同比下降3.6%')).toBe(true)
    expect(numberInQuote(-3.6, '%', '增长-3.6%')).toBe(true)
    expect(numberInQuote(-3.6, '%', '增长3.6%')).toBe(false)
    expect(numberInQuote(62310, '万元', '税收收入62,310万元')).toBe(true)
    expect(numberInQuote(0.5, '亿元', '总投资5000万元的冷链中心')).toBe(true)
    expect(numberInQuote(0.5, '亿元', '总投资50000万元的冷链中心')).toBe(false)
    const text = '税收收入62,310万元，同比下降3.6%。'
    const { qualifier: _q, rank: _r, ...plain } = report.metrics[0] as (typeof report.metrics)[number]
    const cov = coverage(
      {
        ...report,
        indicators: [],
        projects: [],
        pipeline: [],
        plan: { ...report.plan, targets: [] },
        nonMetrics: [],
        metrics: [
          { ...plain, id: 'a', value: 62310, unit: '万元', quote: '税收收入62,310万元' },
          { ...plain, id: 'b', value: -3.6, unit: '%', quote: '同比下降3.6%' },
        ] as typeof report.metrics,
      },
      text,
    )
    expect(cov.uncovered).toEqual([])
    expect(cov.covered.map((c) => c.ref)).toEqual(['a', 'a', 'b'])
  })

  it('the seven headline indicators carry the report values', () => {
    const rows = report.indicators.map((i) => [
      i.id,
      i.basis,
      i.actual?.value,
      i.growth.value,
      i.target.value,
    ])
    expect(rows).toEqual([
      ['gdp', 'real', 113.6, 5, 8],
      ['fixed-asset-investment', 'nominal', 54, 3.3, 12],
      ['budget-revenue', 'nominal', 7.66, 0.4, 10],
      ['industrial-output', 'real', 60.5, 13, 12],
      ['industrial-value-added', 'real', undefined, 3, 8],
      ['retail-sales', 'nominal', 32.2, 3, 10],
      ['rural-income', 'nominal', 17357, 5.8, 8],
    ])
    for (const i of report.indicators) {
      expect(i.growth.estimated).toBe(true)
      if (i.actual) expect(i.actual.estimated).toBe(true)
    }
  })
})

describe('coverage of the quantities in the text', () => {
  const result = coverage(report, reportText)
  const byFacts = result.covered.filter((c) => c.by !== 'non-metric').length
  const byNonMetrics = result.covered.length - byFacts
  it(`coverage: ${result.covered.length}/${result.tokens.length} quantity tokens (${byFacts} facts, ${byNonMetrics} non-metrics)`, () => {
    console.log(
      `coverage: ${result.covered.length}/${result.tokens.length} quantity tokens (${byFacts} facts, ${byNonMetrics} non-metrics)`,
    )
    expect(
      result.uncovered.map((t) => `${t.text}@${t.start}: ${reportText.slice(t.start - 8, t.end + 4)}`),
    ).toEqual([])
    expect(result.tokens.length).toBeGreaterThan(200)
  })

  it('every Arabic number of the text is a token, and the obvious Chinese counts are', () => {
    const tokens = quantityTokens(reportText)
    const arabic = tokens.filter((t) => t.kind === 'arabic')
    expect(arabic.length).toBe(reportText.match(/\d+(?:\.\d+)?/g)?.length)
    const chinese = new Set(tokens.filter((t) => t.kind === 'chinese').map((t) => t.text))
    for (const t of [
      '三',
      '五',
      '十',
      '十五',
      '二十',
      '万亿',
      '(一)',
      '(八)',
      '第二',
      '第六',
      '一',
      '四',
      '十四五',
      '八五',
    ])
      expect(chinese, t).toContain(t)
    // numerals inside ordinary words are not quantities
    const words = tokens.filter((t) =>
      ['进一步', '万众一心'].some((w) => reportText.slice(t.start - 1, t.end + 2).includes(w)),
    )
    expect(words).toEqual([])
  })

  it('a fact no one captured is reported: removing one fact uncovers its token', () => {
    const broken = structuredClone(report) as Report
    const i = broken.metrics.findIndex((m) => m.id === 'grain-output')
    broken.metrics.splice(i, 1)
    const uncovered = coverage(broken, reportText).uncovered
    expect(uncovered.map((t) => t.text)).toEqual(['10.63'])
    expect(reportText.slice(uncovered[0]?.start, (uncovered[0]?.end ?? 0) + 2)).toBe('10.63亿斤')
  })

  it('a fact with the wrong value does not cover the token', () => {
    const broken = structuredClone(report) as Report
    const m = broken.metrics.find((x) => x.id === 'grain-area')
    if (m) m.value = 128
    expect(coverage(broken, reportText).uncovered.map((t) => t.text)).toEqual(['129'])
  })

  it('removing a non-metric uncovers its token', () => {
    const broken = structuredClone(report) as Report
    broken.nonMetrics = broken.nonMetrics.filter((n) => n.token !== '5G')
    expect(coverage(broken, reportText).uncovered.map((t) => t.text)).toEqual(['5'])
  })
})

describe('derived figures', () => {
  const numbers = numbersById(report)
  it.each(report.derived.map((d) => [d.id, d] as const))('%s recomputes from its inputs', (_id, d) => {
    const values = d.inputs.map((id) => {
      const n = numbers.get(id)
      expect(n, id).toBeDefined()
      return n?.value ?? Number.NaN
    })
    expect(roundTo(computeDerived(d.op, values), d.decimals)).toBe(d.value)
    expect(d.derived).toBe(true)
  })

  it('implied levels come only from nominal series, never from GRP, value added or output value', () => {
    const implied = report.derived.filter((d) => d.op === 'implied-level')
    expect(implied.map((d) => d.id).sort()).toEqual(
      ['fai-implied-2023', 'retail-implied-2023', 'revenue-implied-2023', 'rural-income-implied-2023'].sort(),
    )
    const real = report.indicators.filter((i) => i.basis === 'real')
    expect(real.map((i) => i.id)).toEqual(['gdp', 'industrial-output', 'industrial-value-added'])
    const realIds = new Set(real.flatMap((i) => [i.actual?.id, i.growth.id, i.target.id]))
    for (const d of implied)
      for (const id of d.inputs) expect(realIds.has(id), `${d.id} uses ${id}`).toBe(false)
  })

  it('has a gap in 百分点 for each of the seven indicators', () => {
    const gaps = report.derived.filter((d) => d.unit === '百分点' && d.op === 'difference')
    expect(gaps.map((g) => g.value)).toEqual([3, 8.7, 9.6, -1, 5, 7, 2.2])
  })

  it('the pipeline parts are checked against the stated totals', () => {
    const byId = new Map(report.derived.map((d) => [d.id, d.value]))
    expect(byId.get('pipeline-named-stages-sum')).toBe(111)
    expect(byId.get('pipeline-named-stages-share')).toBe(61.7)
    expect(byId.get('landing-rate')).toBe(50.7)
    expect(byId.get('introduced-investment-sum')).toBe(60.9)
    expect(byId.has('introduced-investment-share')).toBe(false)
  })

  it('the validator rejects an implied level built on a real growth rate', () => {
    const data = rawReport() as { derived: { id: string; inputs: string[]; value: number }[] }
    const d = data.derived.find((x) => x.id === 'fai-implied-2023')
    if (!d) throw new Error('missing')
    d.inputs = ['gdp-2022', 'gdp-target-2023']
    d.value = 122.69
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.issues.some((i) => /derived\[\d+\]\.inputs/.test(i.path))).toBe(true)
  })
})

describe('broken data is rejected with file and JSON path', () => {
  it('a missing indicator growth value', () => {
    const data = rawReport() as { indicators: { growth: Record<string, unknown> }[] }
    delete data.indicators[0]?.growth.value
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.kind).toBe('schema')
    expect(err.message).toContain(REPORT_FILE)
    expect(err.message).toContain('indicators[0].growth.value')
  })

  it('a duplicate project id', () => {
    const data = rawReport() as { projects: { id: string }[] }
    const [a, b] = data.projects
    if (a && b) b.id = a.id
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.kind).toBe('integrity')
    expect(err.message).toContain(REPORT_FILE)
    expect(err.message).toContain('projects[1].id')
    expect(err.message).toContain('duplicate id')
  })

  it('an unknown areaId', () => {
    const data = rawReport() as { projects: { areaId: string }[] }
    const p = data.projects[3]
    if (p) p.areaId = 'no-such-area'
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.message).toContain(REPORT_FILE)
    expect(err.message).toContain('projects[3].areaId')
  })

  it('a derived item with a wrong value', () => {
    const data = rawReport() as { derived: { value: number }[] }
    const d = data.derived[0]
    if (d) d.value += 1
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.message).toContain(REPORT_FILE)
    expect(err.message).toContain('derived[0].value')
  })

  it('an unknown unit', () => {
    const data = rawReport() as { metrics: { unit: string }[] }
    const m = data.metrics[5]
    if (m) m.unit = '千克'
    const err = thrown(() => parseReport(data, REPORT_FILE))
    expect(err.message).toContain('metrics[5].unit')
  })

  it('invalid JSON', () => {
    const err = thrown(() => parseJson(`${readData(REPORT_FILE).slice(0, 500)},`, REPORT_FILE))
    expect(err.kind).toBe('invalid-json')
    expect(err.message).toContain(REPORT_FILE)
    expect(err.message).toContain('not valid JSON')
  })

  it('a quote that is not in the text is named by its path', () => {
    const broken = structuredClone(report) as Report
    const m = broken.metrics[2]
    if (m) m.quote = '并不存在的引文'
    expect(quoteIssues(broken, reportText).map((i) => i.path)).toEqual(['metrics[2].quote'])
  })
})

describe('consistency the Sectors and Projects screens rely on', () => {
  const areas = new Map(report.areas.map((a) => [a.id, a]))

  it('a metric or project sits in its area’s section and topics', () => {
    for (const item of [...report.metrics, ...report.projects]) {
      const area = areas.get(item.areaId)
      expect(area?.sectionId, item.id).toBe(item.sectionId)
      if (item.topicId) expect(area?.topicIds, item.id).toContain(item.topicId)
    }
  })

  it('every review topic belongs to exactly one area', () => {
    const reviewTopics = report.sections
      .filter((s) => s.part === 'review')
      .flatMap((s) => s.topics.map((t) => t.id))
    const owned = report.areas.flatMap((a) => a.topicIds)
    expect([...owned].sort()).toEqual([...reviewTopics].sort())
  })

  it('each project stage word is the report’s own', () => {
    for (const p of report.projects) expect(reportText, p.id).toContain(p.stageText)
  })

  it('stage subsets do not exceed their parent', () => {
    const byStage = new Map(report.pipeline.map((p) => [p.stage, p]))
    for (const p of report.pipeline) {
      if (!p.parent) continue
      const parent = byStage.get(p.parent)
      expect(parent, p.stage).toBeDefined()
      expect(p.count.value).toBeLessThanOrEqual(parent?.count.value ?? 0)
    }
    // 落地 is not declared a part of 签约: landed counts may include earlier years' signings.
    expect(byStage.get('landed')?.parent).toBeUndefined()
  })

  it('review sections 1–8 are numbered in order and the plan ends incomplete', () => {
    const review = report.sections.filter((s) => s.ordinal)
    expect(review.map((s) => [s.id, s.ordinal])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`review-${n}`, n]),
    )
    expect(report.problems.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5])
    expect(report.plan.targets.map((t) => [t.value, t.qualifier])).toEqual([[2700, 'at-least']])
  })
})
