// What a row below a ledger's header is, before it is read as a project: real 台账 interleave projects
// with 合计/小计 rows, section rows ("一、新开工项目（20个）" that group the rows under them), repeated
// headers (a printed ledger repeats them on every page), notes (注：, 填报人：) and blank rows.
import { keyText, normalizeText } from './text'
import type { Cell } from './types'

export type RowKind =
  | { kind: 'data' }
  | { kind: 'blank' }
  | { kind: 'total'; word: string }
  | { kind: 'section'; label: string; nature?: string }
  | { kind: 'note'; word: string }
  | { kind: 'repeated-header' }

export type ClassifyContext = {
  nameCol?: number
  seqCol?: number
  /** headerKey-free keys of each column's lowest heading, to spot a repeated header. */
  headingKeys: string[]
}

const TOTAL = /^(?:其中[:：]?)?(?:总计|合计|小计|共计|汇总|全县合计|全县总计)|(?:总计|合计|小计)(?:\(.*\))?$/
const SUBSET = /^其中/ // 其中：新开工项目 12个 is a breakdown of the row above, never a project
const SECTION =
  /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部分类批项]|[A-Z][、.])/
const NOTE =
  /^(注|备注|说明|填报人|填表人|审核人|制表人|制表|填报单位|填报日期|联系人|联系电话|负责人|单位负责人|数据来源|资料来源)(?:[:：\d]|$)/
const NATURE_WORDS = /(计划新开工|新开工|续建|竣工|投产|在建|前期|储备|谋划|签约|开工|完工|建成|停建|缓建)/

/** The word that makes a text a note under a table (注, 填报人, 数据来源 …), in any reader's sheet. */
export function noteWord(text: string): string | undefined {
  return normalizeText(text).replace(/\s+/g, '').match(NOTE)?.[1]
}

/** A group heading numbered 一、, （一）, 第一部分. */
export function isSectionText(text: string): boolean {
  return SECTION.test(normalizeText(text))
}

function firstTexts(cells: Cell[], ctx: ClassifyContext): string[] {
  const out: string[] = []
  for (const col of [ctx.seqCol, ctx.nameCol]) {
    if (col !== undefined) out.push(normalizeText(cells[col]?.text ?? ''))
  }
  const first = cells.find((c) => c.text.trim() !== '')
  if (first) out.push(normalizeText(first.text))
  return out.filter((t) => t !== '')
}

/** '一、新开工项目（20个）' → '新开工项目', the group's own words. */
export function sectionLabel(text: string): string {
  return normalizeText(text)
    .replace(SECTION, '')
    .replace(/\(?(?:共)?\d+个(?:项目)?\)?/g, '')
    .replace(/[:：]$/, '')
    .trim()
}

/** '新开工项目' → '新开工': the 建设性质 a section stands for, when it stands for one. */
export function natureOf(label: string): string | undefined {
  return label.match(NATURE_WORDS)?.[1]
}

function section(label: string): RowKind {
  const nature = natureOf(label)
  return nature ? { kind: 'section', label, nature } : { kind: 'section', label }
}

function isRepeatedHeader(cells: Cell[], ctx: ClassifyContext): boolean {
  if (ctx.nameCol !== undefined && keyText(cells[ctx.nameCol]?.text ?? '') !== ctx.headingKeys[ctx.nameCol]) {
    return false
  }
  let same = 0
  let filled = 0
  cells.forEach((c, i) => {
    if (c.text.trim() === '') return
    filled++
    if (keyText(c.text) !== '' && keyText(c.text) === ctx.headingKeys[i]) same++
  })
  return filled >= 2 && same / filled >= 0.6
}

function isSeqNumber(cells: Cell[], ctx: ClassifyContext): boolean {
  if (ctx.seqCol === undefined) return false
  const cell = cells[ctx.seqCol]
  return typeof cell?.raw === 'number' || /^\d+$/.test(normalizeText(cell?.text ?? ''))
}

export function classifyLedgerRow(cells: Cell[], ctx: ClassifyContext): RowKind {
  const texts = firstTexts(cells, ctx)
  if (texts.length === 0 && cells.every((c) => c.text.trim() === '')) return { kind: 'blank' }
  // A page's repeated header: most of its cells say what the header says. Its name cell says the name
  // heading, which rules out nearly every row before any other cell is compared.
  if (isRepeatedHeader(cells, ctx)) return { kind: 'repeated-header' }
  const numbered = isSeqNumber(cells, ctx)
  for (const t of texts) {
    const compact = t.replace(/\s+/g, '')
    // A project is never called 合计, numbered or not; 其中 and notes are only ever unnumbered.
    const total = compact.match(TOTAL) ?? (numbered ? null : compact.match(SUBSET))
    if (total) return { kind: 'total', word: total[0] }
    const note = numbered ? null : compact.match(NOTE)
    if (note) return { kind: 'note', word: note[1] ?? note[0] }
  }
  if (!numbered) {
    const seq = ctx.seqCol !== undefined ? normalizeText(cells[ctx.seqCol]?.text ?? '') : ''
    const name = ctx.nameCol !== undefined ? normalizeText(cells[ctx.nameCol]?.text ?? '') : ''
    let label: string | undefined
    // 序号 '一' (or '一、') with the group's words in the name column.
    if (/^[一二三四五六七八九十]+$/.test(seq) || SECTION.test(seq)) label = sectionLabel(name || seq)
    else if (SECTION.test(name)) label = sectionLabel(name)
    else if (texts[0] !== undefined && SECTION.test(texts[0])) label = sectionLabel(texts[0])
    if (label !== undefined) return section(label)
  }
  // One text merged across most of the row, no figures: a group heading without a numeral.
  const merged = cells.filter((c) => c.merge && !c.merge.anchor).length
  const distinct = new Set(cells.map((c) => c.text.trim()).filter(Boolean))
  if (!numbered && distinct.size === 1 && merged >= 2 && merged >= cells.length / 2) {
    return section(sectionLabel([...distinct][0] ?? ''))
  }
  return { kind: 'data' }
}
