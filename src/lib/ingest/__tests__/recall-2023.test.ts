import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '@/lib/dataset/validate'
import { ingestText } from '../ingest'
import { compare } from './recall'

// The 2023 text with NO decisions applied, against today's reviewed dataset (public/data). The
// pipeline must recover ≥ 85% of the reviewed numbers with the right value, unit and kind, and at
// most 3% of what it proposes may be wrong. recall.ts defines "right kind" and both figures.

const DATA = resolve(process.cwd(), 'public/data/chaoyang-2023')
const text = readFileSync(`${DATA}/report.txt`, 'utf8')
const reviewed = parseReport(JSON.parse(readFileSync(`${DATA}/report.json`, 'utf8')), 'report.json')

describe('recall on the 2023 report', async () => {
  const draft = await ingestText(text)
  const result = compare(reviewed, draft.report, text)
  const recall = result.recovered / result.reviewed
  const wrong = result.wrong / result.proposed

  it('prints recall and error rate', () => {
    console.log(
      `recall ${result.recovered}/${result.reviewed} = ${(recall * 100).toFixed(1)}% · wrong ${result.wrong}/${result.proposed} = ${(wrong * 100).toFixed(1)}%`,
    )
    for (const m of result.misses) console.log(`  missed  ${m.kind} ${m.value}${m.unit} «${m.quote}»`)
    for (const e of result.errors)
      console.log(`  wrong   ${e.kind} ${e.value}${e.unit} «${e.quote}» — reviewed: ${e.found}`)
    expect(result.reviewed).toBeGreaterThanOrEqual(130)
  })

  it('recovers at least 85% of the reviewed numbers', () => {
    expect(recall).toBeGreaterThanOrEqual(0.85)
  })

  it('proposes at most 3% wrong numbers', () => {
    expect(wrong).toBeLessThanOrEqual(0.03)
  })

  it('drafts a report that passes the schema, with every quote verbatim', () => {
    expect(() => parseReport(draft.report, 'draft.json')).not.toThrow()
    expect(draft.review.tokens.placed + draft.review.tokens.nonMetric + draft.review.tokens.unplaced).toBe(
      draft.review.tokens.total,
    )
  })
})

describe('the comparison can fail', async () => {
  const draft = await ingestText(text)
  it('counts a number moved to the wrong kind as a miss and as wrong', () => {
    const broken = structuredClone(draft.report)
    const gdp = broken.indicators.find((i) => i.id === 'gdp')
    const metric = broken.metrics[0]
    if (!gdp || !metric) throw new Error('the draft lost its GDP or its metrics')
    gdp.growth = { ...gdp.growth, value: 6 } // a wrong value
    broken.plan.targets.push(metric) // a metric filed as a plan target
    broken.metrics.shift()
    // Against the unbroken draft's own misses and errors (the reviewed dataset makes decisions the
    // draft does not, e.g. the 6 industry-base projects are an industry figure, not a pipeline stage).
    const before = compare(reviewed, draft.report, text)
    const result = compare(reviewed, broken, text)
    expect(result.reviewed - result.recovered - (before.reviewed - before.recovered)).toBe(2)
    expect(result.wrong - before.wrong).toBe(2)
  })
})
