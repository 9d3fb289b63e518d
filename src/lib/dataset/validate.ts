import * as z from 'zod/mini'
import { clip } from '../format/clip'
import { computeDerived, roundTo } from './derive'
import { derivedRuleIssues } from './derived-rules'
import { DataError, type DataIssue } from './errors'
import { allQuotes, numbersById, statedFacts } from './facts'
import { issue, issueIn, schemaIssues, translateIssue } from './issue-words'
import { Manifest, Report } from './schema'

// `reportInput`: the issues carry the value they refused, so the message can say what it got.
const PARSE = { reportInput: true } as const

export function parseManifest(data: unknown, file: string): Manifest {
  const result = z.safeParse(Manifest, data, PARSE)
  if (!result.success) throw new DataError('schema', file, schemaIssues(result.error))
  const issues: DataIssue[] = []
  const seen = new Map<string, number>()
  result.data.reports.forEach((r, i) => {
    const before = seen.get(r.id)
    if (before === undefined) seen.set(r.id, i)
    else
      issues.push(
        issue(`reports[${i}].id`, 'integrity.duplicateId', { id: r.id, other: `reports[${before}]` }),
      )
  })
  if (!seen.has(result.data.defaultReport))
    issues.push(issue('defaultReport', 'integrity.noDefault', { id: result.data.defaultReport }))
  if (issues.length) throw new DataError('integrity', file, issues)
  return result.data
}

type Unknown = 'section' | 'area' | 'project' | 'input' | 'topic'
/** "unknown area “x”", with the kind of thing named in each language. */
const unknown = (path: string, what: Unknown, id: string) =>
  issueIn(path, (lang) =>
    translateIssue(lang, 'integrity.unknown', {
      id: clip(id, 80),
      what: translateIssue(lang, `integrity.what.${what}`),
    }),
  )

/** Cross-item rules a schema cannot express: unique ids, references that resolve, honest derivations. */
export function integrityIssues(report: Report): DataIssue[] {
  const issues: DataIssue[] = []
  const seen = new Map<string, string>()
  const claim = (id: string, path: string) => {
    const before = seen.get(id)
    if (before) issues.push(issue(`${path}.id`, 'integrity.duplicateId', { id, other: before }))
    else seen.set(id, path)
  }
  report.sections.forEach((s, i) => {
    claim(s.id, `sections[${i}]`)
    s.topics.forEach((t, j) => {
      claim(t.id, `sections[${i}].topics[${j}]`)
    })
  })
  report.areas.forEach((a, i) => {
    claim(a.id, `areas[${i}]`)
  })
  for (const { item, path } of statedFacts(report)) claim(item.id, path)
  report.indicators.forEach((ind, i) => {
    claim(ind.id, `indicators[${i}]`)
  })
  report.projects.forEach((p, i) => {
    claim(p.id, `projects[${i}]`)
  })
  report.derived.forEach((d, i) => {
    claim(d.id, `derived[${i}]`)
  })

  const sections = new Map(report.sections.map((s) => [s.id, s]))
  const areas = new Set(report.areas.map((a) => a.id))
  const projects = new Set(report.projects.map((p) => p.id))
  const checkPlace = (path: string, sectionId: string, topicId?: string) => {
    const section = sections.get(sectionId)
    if (!section) issues.push(unknown(`${path}.sectionId`, 'section', sectionId))
    else if (topicId && !section.topics.some((t) => t.id === topicId))
      issues.push(issue(`${path}.topicId`, 'integrity.unknownTopic', { id: topicId, section: sectionId }))
  }
  for (const { item, path } of statedFacts(report)) checkPlace(path, item.sectionId, item.topicId)
  report.metrics.forEach((m, i) => {
    if (!areas.has(m.areaId)) issues.push(unknown(`metrics[${i}].areaId`, 'area', m.areaId))
  })
  report.projects.forEach((p, i) => {
    checkPlace(`projects[${i}]`, p.sectionId, p.topicId)
    if (!areas.has(p.areaId)) issues.push(unknown(`projects[${i}].areaId`, 'area', p.areaId))
  })
  report.areas.forEach((a, i) => {
    checkPlace(`areas[${i}]`, a.sectionId)
    a.topicIds.forEach((t, j) => {
      if (!sections.get(a.sectionId)?.topics.some((x) => x.id === t))
        issues.push(unknown(`areas[${i}].topicIds[${j}]`, 'topic', t))
    })
  })
  report.pipeline.forEach((p, i) => {
    p.exampleIds.forEach((id, j) => {
      if (!projects.has(id)) issues.push(unknown(`pipeline[${i}].exampleIds[${j}]`, 'project', id))
    })
  })

  report.plan.tasks.forEach((task, i) => {
    if (!task.complete && !report.plan.truncation)
      issues.push(issue(`plan.tasks[${i}].complete`, 'integrity.truncation'))
  })

  const numbers = numbersById(report)
  const nominalTargets = new Set(
    report.indicators.filter((i) => i.basis === 'nominal').map((i) => i.target.id),
  )
  // Rates that cannot make a level: comparable-price growth, and growth whose basis is not stated.
  const realIds = new Set(
    report.indicators.filter((i) => i.basis !== 'nominal').flatMap((i) => [i.growth.id, i.target.id]),
  )
  report.derived.forEach((d, i) => {
    const path = `derived[${i}]`
    const values: number[] = []
    d.inputs.forEach((id, j) => {
      const input = numbers.get(id)
      if (!input || id === d.id) issues.push(unknown(`${path}.inputs[${j}]`, 'input', id))
      else values.push(input.value)
    })
    if (values.length !== d.inputs.length) return
    if (d.op === 'implied-level') {
      const rate = d.inputs[1]
      if (d.inputs.length !== 2 || !rate || !nominalTargets.has(rate))
        issues.push(issue(`${path}.inputs`, 'integrity.impliedLevel'))
    }
    if (d.op === 'sum' || d.op === 'implied-level') {
      const bad = d.inputs.find((id) => realIds.has(id))
      if (bad) issues.push(issue(`${path}.inputs`, 'integrity.realLevel', { id: bad }))
    }
    const expected = roundTo(computeDerived(d.op, values), d.decimals)
    if (expected !== roundTo(d.value, d.decimals))
      issues.push(
        issue(`${path}.value`, 'integrity.mismatch', {
          stored: String(d.value),
          op: d.op,
          expected: String(expected),
        }),
      )
  })
  issues.push(...derivedRuleIssues(report))
  return issues
}

/** Schema plus integrity: the one gate report data passes on its way into the app. */
export function parseReport(data: unknown, file: string): Report {
  const result = z.safeParse(Report, data, PARSE)
  if (!result.success) throw new DataError('schema', file, schemaIssues(result.error))
  const issues = integrityIssues(result.data)
  if (issues.length) throw new DataError('integrity', file, issues)
  return result.data
}

/** Quotes that are not verbatim in the report text, with their JSON paths. */
export function quoteIssues(report: Report, text: string): DataIssue[] {
  return allQuotes(report)
    .filter(({ item }) => !text.includes(item))
    .map(({ item, path }) => issue(path, 'integrity.quote', { quote: clip(item, 41) }))
}
