import type { Unit } from '../format/units'
import type { Derived, Fact, LabelText, Report } from './schema'

export type Located<T> = { item: T; path: string }

/** Every stated fact of a report with its JSON path: indicators, metrics, pipeline, plan targets. */
export function statedFacts(report: Report): Located<Fact>[] {
  const out: Located<Fact>[] = []
  report.indicators.forEach((ind, i) => {
    if (ind.actual) out.push({ item: ind.actual, path: `indicators[${i}].actual` })
    out.push({ item: ind.growth, path: `indicators[${i}].growth` })
    out.push({ item: ind.target, path: `indicators[${i}].target` })
  })
  report.metrics.forEach((m, i) => {
    out.push({ item: m, path: `metrics[${i}]` })
  })
  report.pipeline.forEach((p, i) => {
    out.push({ item: p.count, path: `pipeline[${i}].count` })
    if (p.investment) out.push({ item: p.investment, path: `pipeline[${i}].investment` })
  })
  report.plan.targets.forEach((t, i) => {
    out.push({ item: t, path: `plan.targets[${i}]` })
  })
  return out
}

/** A number the report states (fact), lends (a project's investment) or we derive, with its name. */
export type NumberEntry = {
  value: number
  unit: Unit
  derived: boolean
  kind: 'fact' | 'project' | 'derived'
  /** What a reader calls it: a fact's or derived item's label, a project's name. */
  label: LabelText
  /** The verbatim passage, for stated numbers; a derived number has a formula instead. */
  quote?: string
}
export type NumberLookup = Map<string, NumberEntry>

/**
 * Values by id, stated and derived, for recomputing derived items and naming their inputs. A
 * project with a stated investment lends it under the project's id, so a sum of named projects can
 * cite them.
 */
export function numbersById(report: Report): NumberLookup {
  const map: NumberLookup = new Map()
  for (const { item } of statedFacts(report))
    map.set(item.id, { ...pick(item), derived: false, kind: 'fact', label: item.label, quote: item.quote })
  for (const p of report.projects)
    if (p.investment)
      map.set(p.id, { ...pick(p.investment), derived: false, kind: 'project', label: p.name, quote: p.quote })
  for (const d of report.derived)
    map.set(d.id, { ...pick(d), derived: true, kind: 'derived', label: d.label })
  return map
}

const pick = ({ value, unit }: { value: number; unit: Unit }) => ({ value, unit })

// A parsed report is never changed after load, so one lookup per report serves every render.
const numbersCache = new WeakMap<Report, NumberLookup>()

function cachedNumbers(report: Report): NumberLookup {
  let hit = numbersCache.get(report)
  if (!hit) {
    hit = numbersById(report)
    numbersCache.set(report, hit)
  }
  return hit
}

/**
 * What showing a derived number needs. A report.derived item has all of it; a figure computed on
 * screen (the sum of a filtered list) has no id, label or fixed decimals of its own.
 */
export type DerivedLike = Pick<Derived, 'value' | 'unit' | 'formula' | 'inputs'> &
  Partial<Pick<Derived, 'id' | 'label' | 'decimals' | 'note'>>

/** An input by name; a named project without a stated investment counts, but lends no value. */
export type DerivedInput = Omit<NumberEntry, 'value' | 'unit'> &
  Partial<Pick<NumberEntry, 'value' | 'unit'>> & { id: string }

// A parsed report is never changed after load, so one project lookup per report serves every render.
const projectsCache = new WeakMap<Report, Map<string, LabelText>>()

function projectNames(report: Report): Map<string, LabelText> {
  let hit = projectsCache.get(report)
  if (!hit) {
    hit = new Map(report.projects.map((p) => [p.id, p.name]))
    projectsCache.set(report, hit)
  }
  return hit
}

/**
 * The inputs of a derived item, in its order, by name and value: the "how was this computed" detail.
 * Validation rejects a report whose derived inputs do not resolve, so none is dropped in practice.
 * A computed figure may cite projects it counts (count − the examples named): those read by name.
 */
export function derivedInputs(report: Report, d: Pick<Derived, 'inputs'>): DerivedInput[] {
  const numbers = cachedNumbers(report)
  return d.inputs.flatMap((id): DerivedInput[] => {
    const n = numbers.get(id)
    if (n) return [{ id, ...n }]
    const name = projectNames(report).get(id)
    return name ? [{ id, derived: false, kind: 'project', label: name }] : []
  })
}

/** Every quote in the report with its JSON path, for proving each is verbatim. */
export function allQuotes(report: Report): Located<string>[] {
  const out: Located<string>[] = []
  for (const { item, path } of statedFacts(report)) {
    out.push({ item: item.quote, path: `${path}.quote` })
    if (item.rank) out.push({ item: item.rank.quote, path: `${path}.rank.quote` })
  }
  report.sections.forEach((s, i) => {
    out.push({ item: s.heading, path: `sections[${i}].heading` })
    s.topics.forEach((t, j) => {
      out.push({ item: t.heading, path: `sections[${i}].topics[${j}].heading` })
    })
  })
  report.projects.forEach((p, i) => {
    out.push({ item: p.quote, path: `projects[${i}].quote` })
  })
  report.problems.forEach((p, i) => {
    out.push({ item: p.quote, path: `problems[${i}].quote` })
  })
  report.plan.tasks.forEach((t, i) => {
    out.push({ item: t.quote, path: `plan.tasks[${i}].quote` })
    t.items.forEach((it, j) => {
      out.push({ item: it.quote, path: `plan.tasks[${i}].items[${j}].quote` })
    })
  })
  if (report.plan.truncation)
    out.push({ item: report.plan.truncation.lastWords, path: 'plan.truncation.lastWords' })
  report.nonMetrics.forEach((n, i) => {
    out.push({ item: n.quote, path: `nonMetrics[${i}].quote` })
  })
  return out
}

export type QuotedItem = {
  id: string
  kind: 'fact' | 'project' | 'problem' | 'task' | 'section' | 'topic'
  label: LabelText
  quote: string
  /** Where the quote sits, so a quote repeated in the text resolves to the right passage. */
  sectionId: string
}

/**
 * Every item that carries a quote, by id: the Source screen's `?hl=` accepts any of these. Derived
 * figures are absent on purpose: they have a formula, not a passage.
 */
export function quoteIndex(report: Report): Map<string, QuotedItem> {
  const out = new Map<string, QuotedItem>()
  const add = (item: QuotedItem) => {
    if (!out.has(item.id)) out.set(item.id, item)
  }
  for (const s of report.sections) {
    add({ id: s.id, kind: 'section', label: s.title, quote: s.heading, sectionId: s.id })
    for (const t of s.topics)
      add({ id: t.id, kind: 'topic', label: t.title, quote: t.heading, sectionId: s.id })
  }
  for (const { item } of statedFacts(report))
    add({ id: item.id, kind: 'fact', label: item.label, quote: item.quote, sectionId: item.sectionId })
  for (const p of report.projects)
    add({ id: p.id, kind: 'project', label: p.name, quote: p.quote, sectionId: p.sectionId })
  const problems = report.sections.find((s) => s.part === 'problems')?.id ?? ''
  const plan = report.sections.find((s) => s.part === 'plan')?.id ?? ''
  for (const p of report.problems)
    add({ id: p.id, kind: 'problem', label: p.text, quote: p.quote, sectionId: problems })
  for (const task of report.plan.tasks) {
    add({ id: task.id, kind: 'task', label: task.title, quote: task.quote, sectionId: plan })
    for (const it of task.items)
      add({ id: it.id, kind: 'task', label: it.title, quote: it.quote, sectionId: plan })
  }
  return out
}
