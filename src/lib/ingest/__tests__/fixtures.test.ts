import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport, quoteIssues } from '@/lib/dataset/validate'
import { ingestText } from '../ingest'
import type { DraftItem } from '../types'

// Invented report texts (tests/fixtures/reports, see its README) with the facts a careful reader
// finds in each. Every expected fact must be drafted with its value, unit, qualifier, kind, indicator,
// role and a quote containing the given words; and every number the draft puts in the report must be
// one of the expected facts, so a fixture fails on a wrong extra number as well as on a missed one.

type Expected = {
  text: string
  about: string
  docType: string
  years: { review: number; plan: number }
  facts: {
    value: number
    unit: string // the schema unit, or the unit as written when the schema has none
    kind: DraftItem['kind']
    indicatorId?: string
    role: DraftItem['role']
    qualifier?: string
    inReport?: false
    quote: string
  }[]
  projects: { name: string; stage: string; investmentYi?: number; inReport?: false }[]
  qualitative: { subject: string; indicatorIds: string[] }[]
  problems: number
  tasks: number
  truncated: boolean
  unplaced: string[]
}

const DIR = resolve(process.cwd(), 'tests/fixtures/reports')
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Expected)

function matches(item: DraftItem, f: Expected['facts'][number]): boolean {
  return (
    item.value === f.value &&
    (item.unit ?? item.unitText) === f.unit &&
    item.kind === f.kind &&
    item.indicatorId === f.indicatorId &&
    item.role === f.role &&
    item.qualifier === f.qualifier &&
    item.inReport === (f.inReport ?? true) &&
    item.quote.includes(f.quote)
  )
}

describe('fixtures', () => {
  it('has at least 12 invented reports', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })

  describe.each(cases.map((c) => [c.text, c] as const))('%s', async (_name, c) => {
    const text = readFileSync(`${DIR}/${c.text}`, 'utf8')
    const { report, review } = await ingestText(text)

    it('drafts a report that passes the schema, quoting the text verbatim', () => {
      expect(() => parseReport(report, c.text)).not.toThrow()
      expect(quoteIssues(report, text)).toEqual([])
      for (const item of review.items) expect(text.includes(item.quote), item.quote).toBe(true)
    })

    it('reads the kind of document and its years', () => {
      expect(review.docType).toBe(c.docType)
      expect(review.years).toEqual(c.years)
    })

    it('drafts every expected fact', () => {
      const missing = c.facts.filter((f) => !review.items.some((i) => matches(i, f)))
      expect(missing).toEqual([])
    })

    it('drafts no number that is not expected', () => {
      const extra = review.items.filter((i) => !c.facts.some((f) => matches(i, f)))
      expect(
        extra.map((i) => `${i.kind} ${i.indicatorId ?? ''} ${i.role} ${i.value}${i.unitText} «${i.quote}»`),
      ).toEqual([])
      expect(review.items.length).toBe(c.facts.length)
    })

    it('names the expected projects, problems, tasks and qualitative targets', () => {
      expect(
        review.projects.map((p) => ({
          name: p.name,
          stage: p.stage,
          ...(p.investment ? { investmentYi: p.investment.valueYi } : {}),
          ...(p.inReport ? {} : { inReport: false }),
        })),
      ).toEqual(c.projects)
      expect(
        review.qualitativeTargets.map(({ subject, indicatorIds }) => ({ subject, indicatorIds })),
      ).toEqual(c.qualitative)
      expect(report.problems.length).toBe(c.problems)
      expect(report.plan.tasks.length).toBe(c.tasks)
      expect(report.plan.truncation?.note.en.startsWith('The text breaks')).toBe(c.truncated)
    })

    it('accounts for every token: placed, non-metric or unplaced', () => {
      const { total, placed, nonMetric, unplaced } = review.tokens
      expect(placed + nonMetric + unplaced).toBe(total)
      expect(review.unplaced.map((u) => u.text)).toEqual(c.unplaced)
      for (const u of review.unplaced) expect(u.reason).toBeTruthy()
    })
  })
})
