import type { DocStructure } from './structure'

// The report's problems (一是…；二是…), the plan's numbered tasks with their items, and whether the
// text breaks off mid-sentence (the 2023 copy does). Offsets are normalised.

export type ProblemFind = { ordinal: number; text: string; span: [number, number] }
export type TaskFind = {
  ordinal: number
  title: string
  head: [number, number]
  items: { title: string; head: [number, number] }[]
  complete: boolean
}
export type Truncation = { truncated: boolean; lastWords: [number, number] }

const ENUM = /([一二三四五六七八九十])是/g
const CN = '一二三四五六七八九十'

export function findProblems(text: string, doc: DocStructure): ProblemFind[] {
  const out: ProblemFind[] = []
  for (const section of doc.sections.filter((s) => s.part === 'problems')) {
    const body = text.slice(section.start, section.end)
    const marks = [...body.matchAll(ENUM)].filter((m) => {
      const before = body[m.index - 1] ?? ''
      return m.index === 0 || /[,;:。\n]/.test(before)
    })
    marks.forEach((m, k) => {
      const start = section.start + m.index
      const limit = k + 1 < marks.length ? section.start + (marks[k + 1]?.index ?? 0) : section.end
      let end = start
      while (end < limit && !/[;。\n]/.test(text[end] ?? '')) end++
      out.push({
        ordinal: CN.indexOf(m[1] ?? '') + 1,
        text: text.slice(start + m[0].length, end).trim(),
        span: [start, end],
      })
    })
  }
  if (!out.length)
    for (const section of doc.sections.filter((s) => s.part === 'problems'))
      out.push(...listedProblems(text, section.start, section.end))
  return out.filter((p) => p.text.length >= 2)
}

// Without 一是/二是: "主要是：经济总量不大，创新能力不强，…" — the clauses after 主要是 (or of the
// sentence after the lead sentence) are the problems; a closing 对此/对于这些问题 sentence is not one.
function listedProblems(text: string, start: number, end: number): ProblemFind[] {
  const body = text.slice(start, end)
  const lead = body.match(/(?:主要是|主要表现在|具体表现为|表现在|主要有)[:：]?/)
  const from = lead ? (lead.index ?? 0) + lead[0].length : body.indexOf('。') + 1
  if (from <= 0) return []
  const stop = body.indexOf('。', from)
  const list = body.slice(from, stop < 0 ? undefined : stop)
  if (/^(?:对此|对于这些|针对这些)/.test(list)) return []
  const out: ProblemFind[] = []
  let at = start + from
  for (const part of list.split(/[,;]/)) {
    const s = at + (part.length - part.trimStart().length)
    if (part.trim().length >= 4)
      out.push({ ordinal: out.length + 1, text: part.trim(), span: [s, s + part.trim().length] })
    at += part.length + 1
  }
  return out.length >= 2 ? out.slice(0, 8) : []
}

export function findTasks(doc: DocStructure, truncated: boolean): TaskFind[] {
  const tasks = doc.sections.filter((s) => s.isTask)
  return tasks.map((s, k) => ({
    ordinal: s.ordinal ?? k + 1,
    title: s.title,
    head: s.head,
    items: s.topics.map((t) => ({ title: t.title, head: t.head })),
    complete: !(truncated && k === tasks.length - 1),
  }))
}

/** The text is cut off when its last line does not end a sentence. */
export function findTruncation(text: string, doc: DocStructure): Truncation {
  const end = doc.bodyEnd
  let i = end
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--
  const last = text[i - 1] ?? ''
  const truncated = !/[。!?”」)…]/.test(last)
  let start = i - 1
  while (start > 0 && !/[,;:。!?\n]/.test(text[start - 1] ?? '')) start--
  if (i - start < 2) start = Math.max(0, i - 2)
  return { truncated, lastWords: [start, i] }
}
