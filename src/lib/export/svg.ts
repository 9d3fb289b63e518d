// A chart as a stand-alone SVG: the chart's own <svg> with every computed colour and font inlined
// (CSS variables and stylesheets do not travel with a file), wrapped with its title, unit, the filter
// it was drawn under, its caveat and its source line: a pasted chart still says what it shows and what
// it leaves out. No external fonts or requests: text uses the system font stack.

export type ChartMeta = {
  title: string
  unit?: string | undefined
  source?: string | undefined
  /** The active filter, in words ("筛选：领域 = 能源"): a filtered chart must not pass for the whole. */
  filter?: string | undefined
  /** What the numbers leave out ("报告只列出了 6 个项目的投资额"). */
  note?: string | undefined
}
export type StandaloneSvg = { svg: string; width: number; height: number }

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Copies computed styles of `source` and its descendants onto `target` (a clone of it). */
function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source)
  const decl = STYLE_PROPS.map((p) => {
    const v = computed.getPropertyValue(p)
    return v ? `${p}:${v}` : ''
  })
    .filter(Boolean)
    .join(';')
  if (computed.display === 'none') target.setAttribute('display', 'none')
  // Theme variables mean nothing outside the page: the inlined style carries the resolved value.
  for (const attr of [...target.attributes])
    if (attr.value.includes('var(')) target.removeAttribute(attr.name)
  target.setAttribute('style', decl)
  target.removeAttribute('class')
  const from = source.children
  const to = target.children
  for (let i = 0; i < from.length; i++) {
    const s = from[i]
    const t = to[i]
    if (s && t) inlineStyles(s, t)
  }
}

/** Breaks text into lines of about `max` display units (a CJK character counts as 2). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const ch of text) {
    const w = /[\u2e80-\uffff]/.test(ch) ? 2 : 1
    if (width + w > max && line) {
      lines.push(line)
      line = ''
      width = 0
    }
    line += ch
    width += w
  }
  if (line) lines.push(line)
  return lines
}

type Palette = { background: string; fg: string; muted: string; font: string }

function palette(el: Element): Palette {
  const cs = getComputedStyle(el)
  const pick = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback
  return {
    background: pick('--card', '#ffffff'),
    fg: pick('--fg', '#111827'),
    muted: pick('--muted', '#4b5563'),
    font: cs.fontFamily || 'sans-serif',
  }
}

/** The chart's own <svg>: a container may also hold small ones (legend swatches, icons) before it. */
function largestSvg(container: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null
  let bestArea = -1
  for (const svg of container.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect()
    const area =
      (r.width || Number(svg.getAttribute('width')) || 0) *
      (r.height || Number(svg.getAttribute('height')) || 0)
    if (area > bestArea) {
      best = svg
      bestArea = area
    }
  }
  return best
}

/** Builds the stand-alone SVG for the chart drawn in `chart` (an <svg> or an element holding one). */
export function chartToSvg(chart: Element, meta: ChartMeta): StandaloneSvg {
  const source = chart instanceof SVGSVGElement ? chart : largestSvg(chart)
  if (!source) throw new Error('no chart <svg> to export')
  const rect = source.getBoundingClientRect()
  const w = Math.max(1, Math.round(rect.width || Number(source.getAttribute('width')) || 600))
  const h = Math.max(1, Math.round(rect.height || Number(source.getAttribute('height')) || 300))
  const clone = source.cloneNode(true) as SVGSVGElement
  inlineStyles(source, clone)
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('width', String(w))
  clone.setAttribute('height', String(h))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`)

  const p = palette(chart)
  const pad = 16
  // Side room: bar labels may overhang the chart's own box (overflow: visible on slides).
  const width = Math.max(w + 2 * pad + 48, 320)
  const perLine = Math.floor((width - 2 * pad) / 9) // ≈ 2 units per 18px CJK glyph at 18px
  const titleLines = wrapText(meta.title, perLine)
  const small = Math.floor((width - 2 * pad) / 6.5)
  const sourceLines = meta.source ? wrapText(meta.source, small) : []
  const noteLines = meta.note ? wrapText(meta.note, small) : []
  const filterLines = meta.filter ? wrapText(meta.filter, Math.floor((width - 2 * pad) / 7)) : []
  const font = escapeXml(p.font)
  const parts: string[] = []
  let y = pad
  for (const line of titleLines) {
    y += 22
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${font}" font-size="18" font-weight="700" fill="${p.fg}">${escapeXml(line)}</text>`,
    )
  }
  if (meta.unit) {
    y += 20
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${font}" font-size="13" fill="${p.muted}">${escapeXml(meta.unit)}</text>`,
    )
  }
  for (const line of filterLines) {
    y += 18
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${font}" font-size="13" font-weight="700" fill="${p.fg}" data-export="filter">${escapeXml(line)}</text>`,
    )
  }
  y += 10
  const chartY = y
  y += h + 8
  for (const line of noteLines) {
    y += 16
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${font}" font-size="12" fill="${p.fg}" data-export="note">${escapeXml(line)}</text>`,
    )
  }
  for (const line of sourceLines) {
    y += 16
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${font}" font-size="12" fill="${p.muted}">${escapeXml(line)}</text>`,
    )
  }
  const height = Math.ceil(y + pad)
  clone.setAttribute('x', String(pad))
  clone.setAttribute('overflow', 'visible')
  clone.setAttribute('y', String(chartY))
  const inner = new XMLSerializer().serializeToString(clone)
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="${p.background}"/>`,
    ...parts,
    inner,
    '</svg>',
  ].join('')
  return { svg, width, height }
}
