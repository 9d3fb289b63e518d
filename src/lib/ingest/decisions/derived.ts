import { computeDerived, roundTo } from '@/lib/dataset/derive'
import { numbersById } from '@/lib/dataset/facts'
import type { Derived, Report } from '@/lib/dataset/schema'
import type { Unit } from '@/lib/format/units'
import type { DerivedDecision } from './schema'

// A derived figure's value, unit and formula, computed from its op and inputs (never written in a
// decisions file): the formula shows the inputs' values as the report states them.

const written = (value: number, unit: Unit) => `${value}${unit === '%' ? '%' : ''}`

function unitOf(op: DerivedDecision['op'], first: Unit): Unit {
  if (op === 'share') return '%'
  return op === 'difference' && first === '%' ? '百分点' : first
}

function formulaOf(op: DerivedDecision['op'], inputs: { value: number; unit: Unit }[]): string {
  const [first, ...rest] = inputs.map((n) => written(n.value, n.unit))
  switch (op) {
    case 'sum':
      return [first, ...rest].join(' + ')
    case 'difference':
      return [first, ...rest].join(' − ')
    case 'share':
      return `${rest.join(' + ')} ÷ ${first}`
    case 'implied-level':
      return `${first} × (1 + ${rest[0]})`
  }
}

/** The derived items, in order; each may cite the stated figures, named projects and earlier items. */
export function computeDerivedItems(
  report: Report,
  decisions: DerivedDecision[],
  problems: string[],
): Derived[] {
  const numbers = numbersById(report)
  const out: Derived[] = []
  for (const d of decisions) {
    const inputs = d.inputs.map((id) => numbers.get(id))
    const missing = d.inputs.filter((_, i) => !inputs[i])
    if (missing.length) {
      problems.push(`derived ${d.id}: no figure with id ${missing.join(', ')}`)
      continue
    }
    const known = inputs.filter((n) => n !== undefined)
    const unit = unitOf(d.op, known[0]?.unit ?? '个')
    const value = roundTo(
      computeDerived(
        d.op,
        known.map((n) => n.value),
      ),
      d.decimals,
    )
    const formula = formulaOf(d.op, known)
    const item: Derived = {
      id: d.id,
      derived: true,
      label: d.label,
      value,
      unit,
      period: d.period,
      op: d.op,
      inputs: d.inputs,
      decimals: d.decimals,
      formula: { zh: formula, en: formula },
      ...(d.note ? { note: d.note } : {}),
    }
    out.push(item)
    numbers.set(d.id, { value, unit, derived: true, kind: 'derived', label: d.label })
  }
  return out
}
