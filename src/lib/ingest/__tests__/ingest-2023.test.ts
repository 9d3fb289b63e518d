import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, numberInQuote } from '@/lib/dataset/coverage'
import { statedFacts } from '@/lib/dataset/facts'
import { quoteIssues } from '@/lib/dataset/validate'
import { ingestText } from '../ingest'

// The structure, problems, plan and coverage the pipeline reads from the 2023 text.
const text = readFileSync(resolve(process.cwd(), 'public/data/chaoyang-2023/report.txt'), 'utf8')
// The text as we got it ended with a reposting notice (public/data keeps the report without it).
const shared = `${text}\n如若转载,请注明出处:https://www.shituxiezuo.com/12131.html`

describe('the 2023 report', async () => {
  const { report, review } = await ingestText(text, {
    id: 'chaoyang-2023',
    province: { zh: '辽宁省', en: 'Liaoning' },
  })

  it('finds the parts and numbered sections with their topics', () => {
    expect(report.sections.map((s) => [s.part, s.ordinal ?? null])).toEqual([
      ['opening', null],
      ['review', null],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ['review', n]),
      ['review', null],
      ['review', null],
      ['problems', null],
      ['plan', null],
      ['plan', 1],
      ['plan', 2],
    ])
    const review3 = report.sections.find((s) => s.id === 'review-3')
    expect(review3?.topics.map((t) => t.title.zh)).toEqual([
      '农业基础不断稳固',
      '工业布局更加优化',
      '服务业潜力平稳释放',
      '数字经济增势强劲',
    ])
  })

  it('lists the five problems, the two tasks and the break in the text', () => {
    expect(report.problems.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5])
    expect(report.problems[0]?.quote).toBe(
      '一是经济总量小,产业结构还不合理,主导产业竞争力不强,抵御外在复杂多变经济环境影响的能力较弱',
    )
    expect(report.plan.tasks.map((t) => [t.ordinal, t.items.length, t.complete])).toEqual([
      [1, 3, true],
      [2, 0, false],
    ])
    expect(report.plan.truncation?.lastWords).toBe('集中精力打造')
  })

  it('marks the growth basis the way Chinese statistics state it', () => {
    const basis = Object.fromEntries(report.indicators.map((i) => [i.id, i.basis]))
    expect(basis).toEqual({
      gdp: 'real',
      'fixed-asset-investment': 'nominal',
      'budget-revenue': 'nominal',
      'industrial-output': 'real',
      'industrial-value-added': 'real',
      'retail-sales': 'nominal',
      'rural-income': 'nominal',
    })
    expect(report.indicators.every((i) => i.growth.estimated)).toBe(true)
  })

  it('writes quotes the dataset checks accept: verbatim, with each number in its quote', () => {
    expect(quoteIssues(report, text)).toEqual([])
    for (const { item, path } of statedFacts(report))
      expect(numberInQuote(item.value, item.unit, item.quote, item.qualifier), path).toBe(true)
  })

  it('leaves uncovered, by the dataset own coverage check, only what it lists as unplaced', () => {
    const unplaced = new Set(review.unplaced.map((u) => u.span[0]))
    expect(coverage(report, text).uncovered.filter((t) => !unplaced.has(t.start))).toEqual([])
  })

  it('names the investment projects with their stage and amount', () => {
    const invested = report.projects
      .filter((p) => p.investment)
      .map((p) => [p.name.zh, p.stage, p.investment?.value])
    expect(invested).toEqual([
      ['能建数科压缩空气储能', 'introduced', 24],
      ['中电集中式储能电站', 'introduced', 21.5],
      ['晶澳新能源产业基地', 'introduced', 10],
      ['中电农创牧光互补', 'introduced', 2],
      ['瑞禾农业番茄全产业链', 'introduced', 2],
      ['逸通云菜中央厨房', 'introduced', 1.4],
    ])
    const pipeline = report.pipeline.map((p) => [
      p.stage,
      p.count.value,
      p.parent ?? null,
      p.exampleIds.length,
    ])
    expect(pipeline).toEqual([
      ['signed', 75, null, 0],
      ['landed', 38, null, 0],
      ['started', 180, null, 0],
      ['topped-out', 44, 'started', 2],
      ['trial', 14, 'started', 2],
      ['producing', 53, 'started', 2],
      ['in-progress', 6, null, 2],
    ])
  })

  it('drops the reposting notice from the report and says so', async () => {
    const withNotice = await ingestText(shared)
    expect(withNotice.review.normalised.some((n) => n.kind === 'excluded-line')).toBe(true)
    expect(withNotice.review.unplaced).toEqual([])
    expect(withNotice.report.nonMetrics.some((n) => n.reason.startsWith('not part of the report'))).toBe(true)
  })
})
