import { withinLimits } from '../dataset/limits'
import { classifySentence } from './classify'
import type { Finding, Rejection } from './finding'
import { type NonMetricHit, nonMetricReason } from './non-metric'
import type { NormalisedText } from './normalise'
import { findProblems, findTasks, findTruncation } from './outline'
import { findProjects } from './projects'
import { findQualitativeTargets } from './qualitative'
import { findQuantities, type Quantity } from './quantities'
import { splitSentences } from './sentences'
import { readStructure } from './structure'
import { readTables } from './tables'
import { quotedSpans, type Token, textTokens } from './tokens'

// Reading: everything the pipeline finds in the normalised text, in offsets of that text. The
// assembler (ingest.ts) turns it into a Report and a review with quotes from the original.

export function readText(norm: NormalisedText) {
  const text = norm.text
  const doc = readStructure(text)
  const sentences = splitSentences(text, doc)
  const tokens = textTokens(text)
  const quoted = quotedSpans(text)
  const lineStart = (t: Token) => {
    let i = t.start - 1
    while (i >= 0 && text[i] === ' ') i--
    return i < 0 || text[i] === '\n'
  }
  const nonMetric = new Map<Token, NonMetricHit>()
  for (const t of tokens) {
    const hit = nonMetricReason(t, text, quoted, lineStart(t))
    if (hit) nonMetric.set(t, hit)
  }
  const excluded = (t: Token) => doc.excluded.some((x) => x.start <= t.start && t.end <= x.end)
  const quantities = findQuantities(text, tokens, (t) => nonMetric.has(t) || excluded(t))

  const findings: Finding[] = []
  const rejected: Rejection[] = []
  const claimed = new Set<Quantity>()
  readTables({ text, sentences, quantities }, findings, claimed)
  const projects = findProjects({ text, sentences, quantities })
  const nameOf = new Map<Quantity, string>()
  for (const p of projects) {
    if (p.investmentQ) claimed.add(p.investmentQ)
    for (const q of quantities)
      if (q.start >= p.nameSpan[0] && q.end <= p.nameSpan[1] && q !== p.investmentQ) nameOf.set(q, p.name)
  }
  for (const q of quantities) if (q.threshold) claimed.add(q)
  for (const s of sentences)
    classifySentence(s, { text, quantities, skip: claimed, nameOf }, findings, rejected)
  // A figure beyond any statistic (一亿亿%: 10¹⁶) is a slip or a figure of speech: the review lists it
  // with the reason, and the draft stays one the schema takes.
  const plausible = findings.filter((f) => {
    if (withinLimits(f.value) && (!f.range || (withinLimits(f.range.low) && withinLimits(f.range.high))))
      return true
    rejected.push({ q: f.q, reason: 'a number beyond any statistic (over 10¹² or under 10⁻⁶)' })
    return false
  })

  const truncation = findTruncation(text, doc)
  return {
    doc,
    sentences,
    tokens,
    nonMetric,
    quantities,
    findings: plausible,
    rejected,
    projects,
    qualitative: findQualitativeTargets(text, sentences, quantities),
    problems: findProblems(text, doc),
    tasks: findTasks(doc, truncation.truncated),
    truncation,
  }
}

export type Reading = ReturnType<typeof readText>
