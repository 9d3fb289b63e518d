import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import type { PptxDeck, PptxFigure, PptxSlide } from './model'

// Places a PptxDeck on 16:9 PowerPoint slides with pptxgenjs: native text boxes, tables and bar
// charts (editable in PowerPoint and WPS, values on the bars), speaker notes with the sources. This
// module (and pptxgenjs with it) is loaded only when the user exports: ./export-pptx-button.tsx.

/** Microsoft YaHei is on every Chinese Windows; WPS and PowerPoint substitute it elsewhere. */
const FONT = 'Microsoft YaHei'
const INK = '1F2937'
const MUTED = '5B6472'
const ACCENT = '1F4E79'
const LINE = 'C9D1DC'
const SERIES = ['1F4E79', 'C55A11', '548235']

// LAYOUT_WIDE is PowerPoint's own 16:9 page: 13.333 × 7.5 inches.
const W = 13.333
const M = 0.6
const INNER = W - 2 * M
const TOP = 1.75
const BOTTOM = 6.75

type Box = { x: number; y: number; w: number; h: number }

function text(lang: PptxDeck['lang']) {
  return { fontFace: FONT, color: INK, lang: lang === 'zh' ? 'zh-CN' : 'en-US', margin: 0 }
}

function header(s: PptxGenJS.Slide, slide: PptxSlide, deck: PptxDeck) {
  const base = text(deck.lang)
  s.addShape('rect', { x: 0, y: 0, w: 0.18, h: 7.5, fill: { color: ACCENT }, line: { color: ACCENT } })
  if (slide.kind === 'title') {
    // The cover: the report's title large, where the eye lands, the place and the years under it.
    if (slide.subtitle)
      s.addText(slide.subtitle, { ...base, x: M, y: 1.9, w: INNER, h: 0.6, fontSize: 22, color: MUTED })
    s.addText(slide.title, { ...base, x: M, y: 2.6, w: INNER, h: 1.6, fontSize: 44, bold: true, color: INK })
    footer(s, `${deck.made} · ${deck.source}`, base)
    return
  }
  s.addText(slide.title, {
    ...base,
    x: M,
    y: 0.4,
    w: INNER,
    h: 0.75,
    fontSize: 30,
    bold: true,
    color: ACCENT,
  })
  if (slide.subtitle)
    s.addText(slide.subtitle, { ...base, x: M, y: 1.15, w: INNER, h: 0.5, fontSize: 15, color: MUTED })
  footer(s, [slide.footnote, `${deck.made} · ${deck.source}`].filter(Boolean).join('\n'), base)
}

/** The small print at the foot of a slide: where the numbers come from, and a slide's footnote. */
function footer(s: PptxGenJS.Slide, foot: string, base: ReturnType<typeof text>) {
  s.addText(foot, {
    ...base,
    x: M,
    y: 6.85,
    w: INNER - 1,
    h: 0.5,
    fontSize: 10,
    color: MUTED,
    valign: 'bottom',
  })
}

/** Roughly how wide a text is in ems: a Chinese character is one, a digit or Latin letter about half. */
function ems(text: string): number {
  let n = 0
  for (const c of text) n += c.charCodeAt(0) > 0x2e80 ? 1 : 0.58
  return n
}

/**
 * Figures as cards in a grid: the value large, its name above, its line(s) below. A low box (a strip
 * above a chart) puts them in one row; otherwise as many columns as fit 2.6 inches each. The value's
 * size fits the card's width, as PowerPoint's own shrink-to-fit only applies once the file is edited.
 */
function figures(s: PptxGenJS.Slide, list: PptxFigure[], box: Box, deck: PptxDeck) {
  const n = list.length
  const fit = Math.max(1, Math.floor(box.w / 2.6))
  const cols = box.h < 2 ? n : Math.min(fit, n <= 2 ? n : n <= 4 ? 2 : n <= 6 ? 3 : 4)
  const rows = Math.ceil(n / cols)
  const gap = 0.2
  const cw = (box.w - gap * (cols - 1)) / cols
  const ch = Math.min((box.h - gap * (rows - 1)) / rows, 2.4)
  const big = Math.max(16, Math.min(36, ch * 14))
  list.forEach((f, i) => {
    const x = box.x + (i % cols) * (cw + gap)
    const y = box.y + Math.floor(i / cols) * (ch + gap)
    const size = Math.max(14, Math.min(big, Math.floor(((cw - 0.3) * 72) / ems(f.value))))
    s.addShape('rect', { x, y, w: cw, h: ch, fill: { color: 'F4F6F9' }, line: { color: LINE, width: 0.75 } })
    const runs: PptxGenJS.TextProps[] = [
      { text: f.label, options: { fontSize: ch < 1 ? 12 : 14, color: MUTED, breakLine: true } },
      { text: f.value, options: { fontSize: size, bold: true, color: ACCENT, breakLine: Boolean(f.note) } },
    ]
    if (f.note) runs.push({ text: f.note, options: { fontSize: 12, color: INK } })
    s.addText(runs, {
      ...text(deck.lang),
      x: x + 0.15,
      y: y + 0.08,
      w: cw - 0.3,
      h: ch - 0.16,
      valign: 'middle',
      fit: 'shrink',
    })
  })
}

function bullets(s: PptxGenJS.Slide, list: PptxSlide['bullets'], box: Box, deck: PptxDeck) {
  // One size for the whole list, chosen from its length so it fits without PowerPoint's autofit.
  const size = Math.max(12, Math.min(22, Math.floor((box.h * 72) / (list.length * 1.9))))
  const runs: PptxGenJS.TextProps[] = list.map((b, i) => ({
    text: b.text,
    options: {
      breakLine: i < list.length - 1,
      indentLevel: b.level ?? 0,
      bullet: Boolean(b.level),
      bold: !b.level,
      fontSize: b.level ? size - 2 : size,
      paraSpaceAfter: 4,
    },
  }))
  s.addText(runs, { ...text(deck.lang), ...box, valign: 'top', fit: 'shrink' })
}

function table(s: PptxGenJS.Slide, rows: string[][], box: Box) {
  const size = rows.length > 9 ? 11 : 13
  const cells: PptxGenJS.TableRow[] = rows.map((row, r) =>
    row.map((cell, c) => ({
      text: cell,
      options: {
        bold: r === 0 || c === 0,
        color: r === 0 ? MUTED : INK,
        align: c === 0 ? 'left' : 'right',
        fill: { color: r === 0 ? 'F4F6F9' : 'FFFFFF' },
      },
    })),
  )
  s.addTable(cells, {
    ...box,
    fontFace: FONT,
    fontSize: size,
    border: { type: 'solid', pt: 0.75, color: LINE },
    autoPage: false,
    margin: 0.05,
  })
}

function chart(s: PptxGenJS.Slide, c: NonNullable<PptxSlide['chart']>, box: Box) {
  const data = c.series.map((x) => ({ name: x.name, labels: c.labels, values: x.values }))
  s.addChart('bar', data, {
    ...box,
    barDir: 'col',
    barGrouping: 'clustered',
    chartColors: SERIES.slice(0, Math.max(1, c.series.length)),
    showValue: true,
    dataLabelFormatCode: c.format,
    dataLabelFontSize: 12,
    dataLabelFontFace: FONT,
    dataLabelPosition: 'outEnd',
    valAxisLabelFormatCode: c.format,
    valAxisLabelFontSize: 11,
    valAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    valGridLine: { color: 'E5E7EB', size: 0.5 },
    showLegend: c.series.length > 1,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 12,
    showTitle: true,
    title: c.title,
    titleFontFace: FONT,
    titleFontSize: 14,
    titleColor: INK,
  })
}

/** The body of a slide: which of figures, chart, table and lines it has decides the layout. */
function body(s: PptxGenJS.Slide, slide: PptxSlide, deck: PptxDeck) {
  const h = BOTTOM - TOP
  const full: Box = { x: M, y: TOP, w: INNER, h }
  const left = (share: number): Box => ({ x: M, y: TOP, w: INNER * share - 0.15, h })
  const right = (share: number): Box => ({
    x: M + INNER * share + 0.15,
    y: TOP,
    w: INNER * (1 - share) - 0.15,
    h,
  })
  const { figures: fig, chart: ch, table: tb, bullets: bl } = slide
  if (slide.kind === 'title') {
    s.addText(slide.bullets.map((b) => b.text).join('\n'), {
      ...text(deck.lang),
      x: M,
      y: 4.6,
      w: INNER,
      h: 0.8,
      fontSize: 24,
      color: ACCENT,
    })
    return
  }
  if (ch && tb) {
    chart(s, ch, left(0.6))
    table(s, tb, right(0.6))
  } else if (ch && fig.length) {
    const top = fig.length > 4
    if (top) {
      figures(s, fig, left(0.45), deck)
      chart(s, ch, right(0.45))
    } else {
      figures(s, fig, { ...full, h: 1.3 }, deck)
      chart(s, ch, { x: M, y: TOP + 1.5, w: bl.length ? INNER * 0.55 : INNER, h: h - 1.5 })
      if (bl.length) bullets(s, bl, { x: M + INNER * 0.58, y: TOP + 1.5, w: INNER * 0.42, h: h - 1.5 }, deck)
    }
  } else if (tb && bl.length) {
    table(s, tb, left(0.64))
    bullets(s, bl, right(0.64), deck)
  } else if (fig.length) {
    figures(s, fig, full, deck)
  } else if (bl.length) {
    bullets(s, bl, full, deck)
  }
}

/** The deck as a .pptx file. */
export async function writePptx(deck: PptxDeck): Promise<Blob> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.title
  pptx.subject = deck.source
  pptx.company = deck.source
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  for (const slide of deck.slides) {
    const s = pptx.addSlide()
    s.background = { color: 'FFFFFF' }
    header(s, slide, deck)
    body(s, slide, deck)
    s.slideNumber = {
      x: W - M - 0.8,
      y: 6.95,
      w: 0.8,
      h: 0.35,
      fontFace: FONT,
      fontSize: 10,
      color: MUTED,
      align: 'right',
    }
    if (slide.notes.length) s.addNotes(slide.notes.join('\n'))
  }
  const file = (await pptx.write({ outputType: 'arraybuffer', compression: true })) as ArrayBuffer
  return withChineseThemeFont(file)
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * pptxgenjs names the theme's Latin fonts only, leaving its East Asian ones empty (<a:ea typeface=""/>),
 * so text that names no font of its own (a chart's axis and category labels) would fall back to
 * whatever the PC's Chinese default is. Name Microsoft YaHei there too.
 */
async function withChineseThemeFont(file: ArrayBuffer): Promise<Blob> {
  const zip = await JSZip.loadAsync(file)
  for (const name of Object.keys(zip.files).filter((f) => /(^|\/)theme\/theme\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)?.async('string')
    if (xml) zip.file(name, xml.replaceAll('<a:ea typeface=""/>', `<a:ea typeface="${FONT}"/>`))
  }
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' })
}
