import { type DocSection, type DocStructure, type DocTopic, placeOf } from './structure'
import type { Part } from './types'

// Sentences split at 。；; ! ? and line breaks. A ；-clause keeps the 。-sentence it belongs to
// (`full`), because words like 预计 at its start govern every clause up to the full stop.

export type Sentence = {
  start: number
  end: number
  full: [number, number]
  part: Part
  section: DocSection
  topic?: DocTopic
  inTargets: boolean
}

const FULL_STOP = /[。!?\n]/
const CLAUSE_STOP = /[;]/

export function splitSentences(text: string, doc: DocStructure): Sentence[] {
  const out: Sentence[] = []
  const excluded = (at: number) => doc.excluded.some((x) => x.start <= at && at < x.end)
  const push = (start: number, end: number, full: [number, number]) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    if (end <= start || excluded(start) || start >= doc.bodyEnd) return
    const { section, topic } = placeOf(doc, start)
    out.push({
      start,
      end,
      full,
      part: section.part,
      section,
      ...(topic ? { topic } : {}),
      inTargets: doc.targets.some(([s, e]) => s <= end && start < e),
    })
  }
  let fullStart = 0
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '\n'
    if (!FULL_STOP.test(ch)) continue
    const fullEnd = ch === '\n' ? i : i + 1
    const full: [number, number] = [fullStart, fullEnd]
    let clauseStart = fullStart
    for (let j = fullStart; j < fullEnd; j++) {
      if (CLAUSE_STOP.test(text[j] ?? '')) {
        push(clauseStart, j + 1, full)
        clauseStart = j + 1
      }
    }
    push(clauseStart, fullEnd, full)
    fullStart = i + 1
  }
  return out
}
