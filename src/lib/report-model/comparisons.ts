import type { Derived, Fact, LabelText, Report } from '../dataset/schema'
import { type Qualifier, shift } from '../format/quantity'
import { type Unit, unitSpec } from '../format/units'

// Which figures of an area are worth a chart. A bar chart says "these are like for like": that holds
// only for figures the dataset declares to measure the same thing (`measure`: rural roads and village
// roads built; the urban and the rural allowance standard), which the report lists side by side in one
// sentence, for the same period, in one family of units. Sharing a unit is not enough: high-standard
// farmland and greenhouse farming are both 亩, roads and pipelines both 公里, and comparing them says
// nothing. Everything else reads better as cards. Units of one family (万亩/亩, 亿元/万元/元) are brought
// to the smaller one by an exact decimal shift for the axis; each bar's label keeps the card's form.

const CHARTED = ['money', 'area', 'length', 'mass', 'power'] as const
export type ChartedKind = (typeof CHARTED)[number]
const isCharted = (kind: string): kind is ChartedKind => (CHARTED as readonly string[]).includes(kind)

export type ComparisonRow = {
  id: string
  label: LabelText
  /** In the comparison's unit (shifted exactly when the report used a larger unit of the family). */
  value: number
  stated: { value: number; unit: Unit }
  converted: boolean
  qualifier?: Qualifier | undefined
  quote: string
}

export type Comparison = {
  id: string
  unit: Unit
  /** The sentence of the report that lists these figures together. */
  sentence: string
  rows: ComparisonRow[]
  /** Derived figures computed from exactly these rows (e.g. the urban–rural gap). */
  derived: Derived[]
  /** Why this is charted: the measure, and any unit conversion done. */
  reason: { kind: ChartedKind; converted: { from: Unit; to: Unit }[] }
}

/** The unit family: units that differ only by a 万/亿 multiplier share the English measure. */
function family(unit: Unit): string | null {
  const spec = unitSpec(unit)
  return isCharted(spec.kind) ? `${spec.kind}:${spec.en}` : null
}

const SENTENCE_END = /[。;;\n]/

/** The sentence of `text` that contains `quote` (the quote itself when it is not found). */
export function sentenceOf(text: string, quote: string): string {
  const at = text.indexOf(quote)
  if (at < 0) return quote
  let start = at
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--
  let end = at + quote.length
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++
  return text.slice(start, end)
}

export function comparisons(report: Report, facts: readonly Fact[], text: string): Comparison[] {
  const groups = new Map<string, Fact[]>()
  for (const f of facts) {
    const fam = family(f.unit)
    if (!fam || !f.measure) continue
    const key = `${sentenceOf(text, f.quote)}|${f.measure}|${fam}|${f.period}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const out: Comparison[] = []
  for (const [key, members] of groups) {
    if (members.length < 2) continue
    const first = members[0] as Fact
    const exp = (u: Unit) => unitSpec(u).exp ?? 0
    const unit = members.reduce<Unit>((u, m) => (exp(m.unit) < exp(u) ? m.unit : u), first.unit)
    const rows = members.map((m) => ({
      id: m.id,
      label: m.label,
      value: shift(m.value, exp(m.unit) - exp(unit)),
      stated: { value: m.value, unit: m.unit },
      converted: m.unit !== unit,
      qualifier: m.qualifier,
      quote: m.quote,
    }))
    const ids = new Set(members.map((m) => m.id))
    const from = [...new Set(rows.filter((r) => r.converted).map((r) => r.stated.unit))]
    out.push({
      id: members.map((m) => m.id).join('+'),
      unit,
      sentence: key.split('|')[0] ?? '',
      rows,
      derived: report.derived.filter((d) => d.inputs.every((i) => ids.has(i))),
      reason: {
        kind: unitSpec(unit).kind as ChartedKind,
        converted: from.map((f) => ({ from: f, to: unit })),
      },
    })
  }
  return out
}
