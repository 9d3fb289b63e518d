// Bars drawn as plain boxes (the KPI slide): where a value's bar starts and how wide it is, in % of
// its row, from zero. The longest bar takes `reach` of the row, leaving room for its value label;
// a negative value grows left from the zero line.

export type BarBox = { left: number; width: number }

export function barScale(values: readonly number[], reach = 78): (value: number) => BarBox {
  const finite = values.filter(Number.isFinite)
  const lo = Math.min(0, ...finite)
  const hi = Math.max(0, ...finite)
  const span = hi - lo || 1
  const at = (v: number) => ((v - lo) / span) * reach
  const zero = at(0)
  return (value) => {
    if (!Number.isFinite(value)) return { left: zero, width: 0 }
    const end = at(value)
    return { left: Math.min(zero, end), width: Math.abs(end - zero) }
  }
}
