// Chart series colours are theme tokens (src/styles.css --c1..--c8): one palette per theme, chosen to
// stay distinguishable for colour-blind viewers. A series may also carry a pattern so that it differs
// by more than colour (WCAG 1.4.1), in the bars and in the legend alike.

export type ChartColor = 'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6' | 'c7' | 'c8'
export type ChartPattern = 'solid' | 'hatch' | 'dots'

export function colorVar(color: ChartColor): string {
  return `var(--${color})`
}

/** One series of a bar chart: its key in the data, its name, its colour token and fill pattern. */
export type BarCategory<K extends string = string> = {
  key: K
  label: string
  color: ChartColor
  /** Fill pattern, so the series differs by more than colour. */
  pattern?: ChartPattern
  /**
   * A field of each row holding the bar's label as written, instead of the formatted value: so a bar
   * with no value can say why ("amount not stated") and a label can keep the card's own form.
   */
  labelKey?: string
}

/** A DOM-id-safe token from React's useId() (which may contain «», : or _). */
export function safeId(id: string): string {
  return id.replace(/[^a-zA-Z0-9-]/g, '')
}
