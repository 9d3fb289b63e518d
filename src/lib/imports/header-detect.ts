// Finding the header of a sheet as staff lay it out: title rows above it (the sheet's name, 截至6月底,
// 单位：万元), one or two header rows (a group such as "2023年计划投资" merged over "计划 | 1-6月完成"),
// then data. The reader that calls this says which words are header words (its scorer); this module
// only knows the layout.
import { normalizeText } from './text'
import { type Cell, columnLetter, type Sheet } from './types'

/** How well one header text names one of the reader's fields: the field and a score in 0..1. */
export type HeaderScorer = (text: string) => { field: string; score: number } | undefined

export type HeaderColumn = {
  col: number
  letter: string
  /** The header texts from top to bottom, without repeats: ['2023年计划投资', '1-6月完成']. */
  parts: string[]
  /** The parts joined as the UI shows them: '2023年计划投资 / 1-6月完成'. */
  text: string
}

export type HeaderInfo = {
  /** 0-based rows of the header (one to three). */
  rows: number[]
  /** 0-based first row below the header. */
  dataStart: number
  columns: HeaderColumn[]
  /** 0-based non-blank rows above the header: titles, 截至 dates, 单位 lines. */
  titleRows: number[]
}

const MAX_SCAN = 40

function isNumeric(cell: Cell): boolean {
  if (typeof cell.raw === 'number') return true
  return typeof cell.raw === 'string' && /^[-+(]?[\d,.]+%?\)?$/.test(normalizeText(cell.raw))
}

function isBlankRow(row: Cell[] | undefined): boolean {
  return !row || row.every((c) => c.text === '')
}

/** Distinct texts of a row (a group merged over three columns counts once). */
function distinctTexts(row: Cell[]): string[] {
  return [...new Set(row.map((c) => normalizeText(c.text)).filter((t) => t !== ''))]
}

/** Σ best score per distinct field, plus a little for every further matching cell (wide tables). */
export function headerRowScore(row: Cell[], scorer: HeaderScorer): number {
  const best = new Map<string, number>()
  let extra = 0
  let numbers = 0
  for (const text of distinctTexts(row)) {
    const hit = scorer(text)
    if (!hit || hit.score < 0.4) continue
    if (best.has(hit.field)) extra++
    best.set(hit.field, Math.max(best.get(hit.field) ?? 0, hit.score))
  }
  for (const cell of row) if (isNumeric(cell)) numbers++
  let sum = 0
  for (const v of best.values()) sum += v
  // A header row has no figures; a data row whose words happen to match (a project called 项目) does.
  return best.size >= 2 ? sum + Math.min(extra, 8) * 0.25 - numbers * 0.5 : 0
}

/** Row r + 1 continues the header of row r: merges reach into it, or it holds sub-headings only. */
function continuesHeader(sheet: Sheet, r: number, scorer: HeaderScorer): boolean {
  const above = sheet.rows[r]
  const below = sheet.rows[r + 1]
  if (!above || !below || isBlankRow(below) || below.some(isNumeric)) return false
  // A cell of the header merged downwards (项目名称 over two rows), or a group merged across columns
  // with headings beneath it.
  const reachesBelow = (c: Cell) =>
    c.merge !== undefined &&
    sheet.merges.some((m) => m.top === c.merge?.row && m.left === c.merge.col && m.bottom > r)
  if (above.some(reachesBelow)) return true
  const groupAbove = above.some(
    (c, i) => c.merge?.anchor && c.merge.row === r && below[i]?.text !== '' && above[i + 1]?.merge?.row === r,
  )
  if (groupAbove) return true
  // No merges (a CSV of a two-row header): a heading beneath a blank heading, and every text of the
  // row is a header word (计划, 1-6月完成, 累计值, 增速).
  const texts = distinctTexts(below)
  const allWords = texts.every((t) => (scorer(t)?.score ?? 0) >= 0.4)
  const underBlank = below.some((c, i) => c.text !== '' && above[i]?.text === '')
  return allWords && (underBlank || texts.length >= 2)
}

// Lines of a title block: the unit, the as-of date, who filled it in. Never a header's group row.
const TITLE_LINE = /单位\s*[:：]|截至|截止|填报|制表|日期\s*[:：]/

/** A row above the best one may be its group row: two texts at least, a header word, no title line. */
function isGroupRow(texts: string[], scorer: HeaderScorer): boolean {
  return (
    texts.length >= 2 &&
    texts.some((t) => (scorer(t)?.score ?? 0) >= 0.4) &&
    !texts.some((t) => TITLE_LINE.test(t))
  )
}

function columnsOf(sheet: Sheet, headerRows: number[]): HeaderColumn[] {
  const width = sheet.rows[0]?.length ?? 0
  const grid = headerRows.map((r) => (sheet.rows[r] ?? []).map((c) => normalizeText(c.text)))
  // Without merges a group heading sits in its first column only: carry it right over the blank
  // headings of the group, as far as the row beneath has headings of its own.
  for (let g = 0; g < grid.length - 1; g++) {
    const top = grid[g] as string[]
    const under = grid[g + 1] as string[]
    for (let c = 1; c < width; c++) {
      if (top[c] === '' && under[c] !== '' && under[c - 1] !== '' && top[c - 1] !== '')
        top[c] = top[c - 1] as string
    }
  }
  const columns: HeaderColumn[] = []
  for (let c = 0; c < width; c++) {
    const parts: string[] = []
    for (const row of grid) {
      const t = row[c] ?? ''
      if (t !== '' && parts.at(-1) !== t) parts.push(t)
    }
    columns.push({ col: c, letter: columnLetter(c), parts, text: parts.join(' / ') })
  }
  return columns
}

/**
 * The header of a sheet: the best-scoring row among the first 40, extended downwards over the rows
 * that continue it; undefined when no row names at least two of the reader's fields.
 */
export function detectHeader(sheet: Sheet, scorer: HeaderScorer): HeaderInfo | undefined {
  let bestRow = -1
  let bestScore = 0
  const scan = Math.min(sheet.rows.length, MAX_SCAN)
  for (let r = 0; r < scan; r++) {
    const score = headerRowScore(sheet.rows[r] as Cell[], scorer)
    if (score > bestScore + 1e-9) {
      bestRow = r
      bestScore = score
    }
  }
  if (bestRow < 0) return undefined
  // The best row may be the lower row of a two-row header: step up while the row above continues into it.
  let top = bestRow
  while (top > 0 && bestRow - top < 2 && isGroupRow(distinctTexts(sheet.rows[top - 1] as Cell[]), scorer)) {
    if (!continuesHeader(sheet, top - 1, scorer)) break
    top--
  }
  const rows = [top]
  let last = top
  while (last < bestRow || (rows.length < 3 && continuesHeader(sheet, last, scorer))) {
    last++
    rows.push(last)
  }
  const titleRows: number[] = []
  for (let r = 0; r < top; r++) if (!isBlankRow(sheet.rows[r])) titleRows.push(r)
  return { rows, dataStart: last + 1, columns: columnsOf(sheet, rows), titleRows }
}
