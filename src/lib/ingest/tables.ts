import type { Finding } from './finding'
import { matchIndicator } from './indicator-match'
import type { Quantity } from './quantities'
import type { Sentence } from './sentences'
import { resolveCounted, schemaUnit, unitKind } from './unit-lexicon'

// Tables pasted as text arrive as lines of cells separated by spaces or tabs:
//   指标名称  单位  绝对数  比上年增长%
//   地区生产总值  亿元  113.6  5.0
// A header with a 单位 column and a value or growth column starts a table; rows follow while they
// keep the shape. Each row gives a level in the row's unit and a growth in %.

type Columns = { unit: number; value: number; growth: number }

const CELL_SPLIT = /\s+/

function headerColumns(cells: string[]): Columns | undefined {
  const unit = cells.findIndex((c) => /单位/.test(c))
  const growth = cells.findIndex((c) => /增长|增速|±|比上年|同比/.test(c))
  const value = cells.findIndex(
    (c, i) =>
      i !== unit &&
      i !== growth &&
      i > 0 &&
      /绝对|总量|数值|金额|完成|本年|全年|本期|累计|实绩|\d+月|数量/.test(c),
  )
  if (cells.length < 3 || unit < 0 || (value < 0 && growth < 0)) return undefined
  return { unit, value, growth }
}

function isNumberCell(c: string): boolean {
  return /^[-+]?\d[\d,]*(?:\.\d+)?%?$/.test(c)
}

type Ctx = { text: string; sentences: readonly Sentence[]; quantities: readonly Quantity[] }

export function readTables(ctx: Ctx, out: Finding[], claimed: Set<Quantity>) {
  const { text } = ctx
  let columns: Columns | undefined
  let at = 0
  for (const raw of text.split('\n')) {
    const lineStart = at + (raw.length - raw.trimStart().length)
    at += raw.length + 1
    const line = raw.trim()
    const cells = line.split(CELL_SPLIT).filter(Boolean)
    const header = headerColumns(cells)
    if (header && !cells.some(isNumberCell)) {
      columns = header
      continue
    }
    if (!columns) continue
    // 其中: 第一产业 … — a label split by a space after 其中: the columns shift by one.
    const shift = cells.length > 1 && /[:：]$/.test(cells[0] ?? '') ? 1 : 0
    const numeric = cells.slice(1).filter((c) => isNumberCell(c) || /^[-—–]+$/.test(c)).length
    if (cells.length < 3 || numeric === 0) {
      columns = undefined
      continue
    }
    const name = cells
      .slice(0, 1 + shift)
      .join('')
      .replace(/^其中[:：]?/, '')
    const unitCell = cells[columns.unit + shift] ?? ''
    const lineEnd = lineStart + line.length
    const s = ctx.sentences.find((x) => x.start <= lineStart && lineStart < x.end)
    if (!s) continue
    const rowQs = ctx.quantities.filter((q) => q.start >= lineStart && q.end <= lineEnd && !q.ratio)
    const match = matchIndicator(name)
    for (const [col, role] of [
      [columns.value, 'level'],
      [columns.growth, 'growth'],
    ] as const) {
      if (col < 0) continue
      const cell = cells[col + shift]
      if (!cell || !isNumberCell(cell)) continue
      const offset = cellOffset(line, cells, col + shift)
      const q = rowQs.find(
        (x) => x.numStart - lineStart >= offset && x.numStart - lineStart < offset + cell.length,
      )
      if (!q) continue
      claimed.add(q)
      const unitText = role === 'growth' ? '%' : unitCell
      const unit = resolveCounted(unitText, schemaUnit(unitText), name, '')
      const asIndicator =
        match &&
        (role === 'growth'
          ? match.entry.levelKind !== 'percent'
          : unitKind(unit, unitText) === match.entry.levelKind)
      out.push({
        kind: asIndicator ? 'indicator' : 'metric',
        role,
        ...(asIndicator && match ? { indicatorId: match.entry.id } : {}),
        labelZh:
          asIndicator && match
            ? `${match.entry.zh}${role === 'growth' ? '增长' : ''}`
            : `${name}${role === 'growth' ? '增长' : ''}`,
        value: q.value,
        q,
        unit,
        unitText,
        estimated: false,
        period: 'review',
        sentence: s,
        quote: [lineStart, lineEnd],
        confidence: asIndicator ? 0.8 : 0.65,
        why: `a row of a table (${role} column)`,
      })
    }
  }
}

/** Where the col-th cell starts in the line (cells were split on runs of spaces). */
function cellOffset(line: string, cells: string[], col: number): number {
  let from = 0
  for (let k = 0; k <= col; k++) {
    const c = cells[k] ?? ''
    const at = line.indexOf(c, from)
    if (k === col) return at
    from = at + c.length
  }
  return -1
}
