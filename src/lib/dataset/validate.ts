import * as z from 'zod/mini'
import { computeDerived, roundTo } from './derive'
import { derivedRuleIssues } from './derived-rules'
import { DataError, type DataIssue, formatPath } from './errors'
import { allQuotes, numbersById, statedFacts } from './facts'
import { Manifest, Report } from './schema'

function schemaIssues(error: z.core.$ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

export function parseManifest(data: unknown, file: string): Manifest {
  const result = z.safeParse(Manifest, data)
  if (!result.success) throw new DataError('schema', file, schemaIssues(result.error))
  const ids = new Set(result.data.reports.map((r) => r.id))
  if (!ids.has(result.data.defaultReport)) {
    throw new DataError('integrity', file, [
      { path: 'defaultReport', message: `names "${result.data.defaultReport}", which is not in reports` },
    ])
  }
  return result.data
}

/** Cross-item rules a schema cannot express: unique ids, references that resolve, honest derivations. */
export function integrityIssues(report: Report): DataIssue[] {
  const issues: DataIssue[] = []
  const seen = new Map<string, string>()
  const claim = (id: string, path: string) => {
    const before = seen.get(id)
    if (before) issues.push({ path: `${path}.id`, message: `duplicate id "${id}" (also at ${before})` })
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
    if (!section) issues.push({ path: `${path}.sectionId`, message: `unknown section "${sectionId}"` })
    else if (topicId && !section.topics.some((t) => t.id === topicId))
      issues.push({
        path: `${path}.topicId`,
        message: `unknown topic "${topicId}" in section "${sectionId}"`,
      })
  }
  for (const { item, path } of statedFacts(report)) checkPlace(path, item.sectionId, item.topicId)
  report.metrics.forEach((m, i) => {
    if (!areas.has(m.areaId))
      issues.push({ path: `metrics[${i}].areaId`, message: `unknown area "${m.areaId}"` })
  })
  report.projects.forEach((p, i) => {
    checkPlace(`projects[${i}]`, p.sectionId, p.topicId)
    if (!areas.has(p.areaId))
      issues.push({ path: `projects[${i}].areaId`, message: `unknown area "${p.areaId}"` })
  })
  report.areas.forEach((a, i) => {
    checkPlace(`areas[${i}]`, a.sectionId)
    a.topicIds.forEach((t, j) => {
      if (!sections.get(a.sectionId)?.topics.some((x) => x.id === t))
        issues.push({ path: `areas[${i}].topicIds[${j}]`, message: `unknown topic "${t}"` })
    })
  })
  report.pipeline.forEach((p, i) => {
    p.exampleIds.forEach((id, j) => {
      if (!projects.has(id))
        issues.push({ path: `pipeline[${i}].exampleIds[${j}]`, message: `unknown project "${id}"` })
    })
  })

  report.plan.tasks.forEach((task, i) => {
    if (!task.complete && !report.plan.truncation)
      issues.push({
        path: `plan.tasks[${i}].complete`,
        message: 'a task the text breaks off in needs plan.truncation (where and how it breaks off)',
      })
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
      if (!input || id === d.id)
        issues.push({ path: `${path}.inputs[${j}]`, message: `unknown input "${id}"` })
      else values.push(input.value)
    })
    if (values.length !== d.inputs.length) return
    if (d.op === 'implied-level') {
      const rate = d.inputs[1]
      if (d.inputs.length !== 2 || !rate || !nominalTargets.has(rate))
        issues.push({
          path: `${path}.inputs`,
          message:
            'an implied level needs [level, target growth] of a nominal indicator; real growth never makes a level',
        })
    }
    if (d.op === 'sum' || d.op === 'implied-level') {
      const bad = d.inputs.find((id) => realIds.has(id))
      if (bad)
        issues.push({
          path: `${path}.inputs`,
          message: `"${bad}" is not a nominal growth rate and cannot make a level`,
        })
    }
    const expected = roundTo(computeDerived(d.op, values), d.decimals)
    if (expected !== roundTo(d.value, d.decimals))
      issues.push({
        path: `${path}.value`,
        message: `stored ${d.value} but ${d.op} of its inputs gives ${expected}`,
      })
  })
  issues.push(...derivedRuleIssues(report))
  return issues
}

/** Schema plus integrity: the one gate report data passes on its way into the app. */
export function parseReport(data: unknown, file: string): Report {
  const result = z.safeParse(Report, data)
  if (!result.success) throw new DataError('schema', file, schemaIssues(result.error))
  const issues = integrityIssues(result.data)
  if (issues.length) throw new DataError('integrity', file, issues)
  return result.data
}

/** Quotes that are not verbatim in the report text, with their JSON paths. */
export function quoteIssues(report: Report, text: string): DataIssue[] {
  return allQuotes(report)
    .filter(({ item }) => !text.includes(item))
    .map(({ item, path }) => ({
      path,
      message: `quote is not in the report text: "${item.length > 40 ? `${item.slice(0, 40)}…` : item}"`,
    }))
}
