import { type BarCategory, colorVar } from './tokens'

function patternId(uid: string, key: string) {
  return `${uid}-pat-${key.replace(/[^a-zA-Z0-9-]/g, '')}`
}

/** The fill of a series: its colour token, or a pattern drawn in that colour. */
export function patternFill(uid: string, c: Pick<BarCategory, 'key' | 'color' | 'pattern'>): string {
  return c.pattern && c.pattern !== 'solid' ? `url(#${patternId(uid, c.key)})` : colorVar(c.color)
}

function Pattern({ id, c }: { id: string; c: BarCategory }) {
  const color = colorVar(c.color)
  if (c.pattern === 'dots')
    return (
      <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6">
        <rect width="6" height="6" fill="var(--card)" />
        <circle cx="3" cy="3" r="1.6" fill={color} />
      </pattern>
    )
  // Diagonal hatch: the colour on the card background, legible in every theme.
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--card)" />
      <rect width="3.5" height="6" fill={color} />
    </pattern>
  )
}

/** <defs> for every patterned series of one chart (ids scoped by the chart's uid). */
export function PatternDefs({ uid, categories }: { uid: string; categories: BarCategory[] }) {
  const patterned = categories.filter((c) => c.pattern && c.pattern !== 'solid')
  if (!patterned.length) return null
  return (
    <defs>
      {patterned.map((c) => (
        <Pattern key={c.key} id={patternId(uid, c.key)} c={c} />
      ))}
    </defs>
  )
}

/** A legend swatch that draws the series exactly as the bars do (own defs: no cross-SVG refs). */
export function Swatch({ uid, category }: { uid: string; category: BarCategory }) {
  const sid = `${uid}-sw`
  return (
    <svg width="16" height="12" aria-hidden="true" className="shrink-0">
      <PatternDefs uid={sid} categories={[category]} />
      <rect
        x="0.75"
        y="0.75"
        width="14.5"
        height="10.5"
        fill={patternFill(sid, category)}
        stroke={colorVar(category.color)}
        strokeWidth="1.5"
      />
    </svg>
  )
}
