import { coverage, numberInQuote, numberSources } from '@/lib/dataset/coverage'
import { DataError } from '@/lib/dataset/errors'
import { allQuotes } from '@/lib/dataset/facts'
import type { Report } from '@/lib/dataset/schema'
import { parseReport, quoteIssues } from '@/lib/dataset/validate'
import type { Unit } from '@/lib/format/units'

// The checks the dataset tests run on every shipped report, run live on the report under review:
// the schema and its integrity rules, every quote verbatim in the text, every stated number in its
// quote in its unit, and every quantity of the text accounted for (a fact or a reasoned non-metric).

export type CheckResult = {
  /** Schema and integrity problems, each with its JSON path. */
  schema: { path: string; message: string }[]
  quotes: { total: number; missing: string[] }
  numbers: { total: number; missing: { id: string; value: number; unit: Unit; quote: string }[] }
  coverage: { total: number; covered: number; uncovered: { text: string; start: number }[] }
  /** The id: a valid id and not one of the built-in reports'. */
  id: 'ok' | 'invalid' | 'taken'
  ok: boolean
}

export function runChecks(report: Report, text: string, builtInIds: readonly string[]): CheckResult {
  let schema: CheckResult['schema'] = []
  try {
    parseReport(report, 'report.json')
  } catch (e) {
    schema =
      e instanceof DataError
        ? e.issues.map((i) => ({ path: i.path, message: i.message }))
        : [{ path: '', message: String(e) }]
  }
  const quoteProblems = quoteIssues(report, text)
  const sources = numberSources(report)
  const numbers = sources.filter((s) => !numberInQuote(s.value, s.unit, s.quote, s.qualifier))
  const cov = coverage(report, text)
  const idValid = isId(report.id)
  const id: CheckResult['id'] = !idValid ? 'invalid' : builtInIds.includes(report.id) ? 'taken' : 'ok'
  const result: CheckResult = {
    schema,
    quotes: { total: allQuotes(report).length, missing: quoteProblems.map((q) => q.path) },
    numbers: {
      total: sources.length,
      missing: numbers.map((s) => ({ id: s.id, value: s.value, unit: s.unit, quote: s.quote })),
    },
    coverage: {
      total: cov.tokens.length,
      covered: cov.covered.length,
      uncovered: cov.uncovered.map((t) => ({ text: t.text, start: t.start })),
    },
    id,
    ok: false,
  }
  result.ok =
    !schema.length &&
    !quoteProblems.length &&
    !numbers.length &&
    !result.coverage.uncovered.length &&
    id === 'ok'
  return result
}

function isId(id: string): boolean {
  return /^[a-z0-9][a-z0-9.-]*$/.test(id) && id.length <= 80
}

/**
 * Names still without an English of their own (the draft copies the Chinese): not a failure, the
 * report saves and reads in Chinese, but the English screens show these in Chinese until filled in.
 */
export function untranslated(report: Report): number {
  const labels = [
    report.title,
    report.county,
    report.province,
    ...report.indicators.map((i) => i.label),
    ...report.metrics.map((m) => m.label),
    ...report.plan.targets.map((t) => t.label),
    ...report.pipeline.map((p) => p.count.label),
    ...report.projects.map((p) => p.name),
  ]
  return labels.filter((l) => l.en === l.zh).length
}
