import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { printJson } from '@/lib/dataset/print-json'
import type { Report } from '@/lib/dataset/schema'
import { compare } from '../../__tests__/recall'
import { ingestText } from '../../ingest'
import { applyDecisions, DecisionsError } from '../apply'
import { Decisions } from '../schema'

// The 2023 dataset is authored as ingest(the 2023 text) + data/decisions/chaoyang-2023.json: this proves
// that the two make exactly the committed public/data report (deep-equal and byte for byte), and prints
// how far the raw pipeline is from the reviewed dataset.

const ROOT = process.cwd()
const DATA = resolve(ROOT, 'public/data/chaoyang-2023')
const text = readFileSync(`${DATA}/report.txt`, 'utf8')
const committed = readFileSync(`${DATA}/report.json`, 'utf8')
const decisions = Decisions.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'data/decisions/chaoyang-2023.json'), 'utf8')),
)

describe('the 2023 dataset = ingest(text) + decisions', async () => {
  const draft = await ingestText(text)
  const report = applyDecisions(draft.report, decisions, text)

  it('makes the committed report.json, value for value and byte for byte', () => {
    expect(report).toEqual(JSON.parse(committed))
    expect(printJson(report)).toBe(committed)
  })

  it('prints the raw pipeline’s recall and wrong rate against the reviewed dataset', () => {
    const r = compare(report, draft.report, text)
    const recall = r.recovered / r.reviewed
    const wrong = r.wrong / r.proposed
    console.log(
      `raw pipeline vs reviewed 2023: recall ${r.recovered}/${r.reviewed} = ${(recall * 100).toFixed(1)}% · wrong ${r.wrong}/${r.proposed} = ${(wrong * 100).toFixed(1)}%`,
    )
    expect(recall).toBeGreaterThanOrEqual(0.85)
    expect(wrong).toBeLessThanOrEqual(0.03)
  })

  it('takes every number from the draft: a decision only names, files and edits it', () => {
    const edited = decisions.metrics.filter((m) => m.value !== undefined || !m.from)
    expect(edited).toEqual([])
    const gdp = report.indicators.find((i) => i.id === 'gdp')
    expect(gdp?.actual?.value).toBe(113.6)
  })
})

describe('a review that does not fit its draft is refused, naming what', async () => {
  const draft = await ingestText(text)
  const apply = (change: (d: Decisions) => void, report: Report = draft.report) => {
    const d = structuredClone(decisions)
    change(d)
    try {
      applyDecisions(report, d, text, 'test.json')
    } catch (e) {
      if (e instanceof DecisionsError) return e.problems.join('\n')
      throw e
    }
    return 'applied'
  }

  it('a decision that finds no drafted number', () => {
    expect(
      apply((d) => {
        const m = d.metrics[1]
        if (m?.from) m.from.value = 49.5
      }),
    ).toMatch(/out-of-province-funds: no drafted number 49.5 «省外到位资金49.4亿元»/)
  })

  it('a drafted number nobody decided, and one used twice', () => {
    expect(apply((d) => void d.metrics.splice(1, 1))).toMatch(
      /drafted 49.4 «省外到位资金49.4亿元»: no decision/,
    )
    expect(
      apply((d) => {
        const first = d.metrics[1]
        if (first) d.metrics.push({ ...first, id: 'again' })
      }),
    ).toMatch(/again: drafted item used twice/)
  })

  it('a drafted project nobody decided, unless rejected with a reason', () => {
    const drop = (d: Decisions) => void d.projects.splice(0, 1)
    expect(apply(drop)).toMatch(/drafted project 能建数科压缩空气储能: no decision/)
    expect(
      apply((d) => {
        drop(d)
        d.rejected.projects.push({ from: '能建数科压缩空气储能', reason: 'test' })
        d.derived = d.derived.filter((x) => x.id !== 'introduced-investment-sum')
      }),
    ).toBe('applied')
  })

  it('a quote that is not verbatim in the text', () => {
    expect(
      apply((d) => {
        const m = d.metrics[1]
        if (m) m.quote = '省外到位资金49.4 亿元'
      }),
    ).toMatch(/metrics\[1\]\.quote/)
  })

  it('computes a derived figure and its formula from its inputs, never from the file', () => {
    const withValue = structuredClone(decisions) as unknown as { derived: Record<string, unknown>[] }
    if (withValue.derived[0]) withValue.derived[0].value = 60.48
    expect(Decisions.safeParse(withValue).success).toBe(false)
    const derivedOf = (change: (d: Decisions) => void) => {
      const d = structuredClone(decisions)
      change(d)
      return applyDecisions(draft.report, d, text).derived
    }
    const gap = derivedOf(() => {}).find((x) => x.id === 'fai-target-gap')
    expect(gap).toMatchObject({ value: 8.7, unit: '百分点', formula: { zh: '12% − 3.3%', en: '12% − 3.3%' } })
    const coarser = derivedOf((d) => {
      const implied = d.derived.find((x) => x.id === 'fai-implied-2023')
      if (implied) implied.decimals = 1
    }).find((x) => x.id === 'fai-implied-2023')
    expect(coarser).toMatchObject({ value: 60.5, unit: '亿元', formula: { zh: '54 × (1 + 12%)' } })
    const three = derivedOf((d) => {
      const total = d.derived.find((x) => x.id === 'proposals-total')
      total?.inputs.push('new-5g-base-stations')
    }).find((x) => x.id === 'proposals-total')
    expect(three).toMatchObject({ value: 299, formula: { zh: '85 + 81 + 133' } })
  })
})
