import type { Finding, Rejection } from './finding'
import { matchIndicator } from './indicator-match'
import type { Quantity } from './quantities'
import { decide, type Subject, subjectFor } from './roles'
import type { Sentence } from './sentences'
import { isComparison, isEmptySubject, type Peeled, peel, splitSubjects } from './subjects'

// The figures of each sentence, left to right. A figure's subject is the words in front of it back
// to the previous figure or comma; with no words of its own (…113.6亿元,增长5%) it takes the subject
// before it. 分别 pairs subjects and figures in order; 均 gives one figure to every subject.

type Ctx = {
  text: string
  quantities: readonly Quantity[]
  skip: Set<Quantity>
  nameOf: Map<Quantity, string>
}

const BOUNDARY = /[,;:]/
const YEAR_TAIL = /(?:由|从)?((?:19|20)\d{2})年(?:的|末|底)?$/

function segmentStart(text: string, from: number, at: number): number {
  let depth = 0
  for (let i = at - 1; i >= from; i--) {
    const c = text[i] ?? ''
    if (c === '”' || c === '’') depth++
    else if (c === '“' || c === '‘') depth = Math.max(0, depth - 1)
    else if (depth === 0 && BOUNDARY.test(c)) return i + 1
  }
  return from
}

/** The words after a figure, up to the next mark, and where they end in the text (for the quote). */
function postWords(text: string, q: Quantity, limit: number): { words: string; end: number } {
  const rest = text.slice(q.end, limit)
  const stop = rest.search(/[,;:。、]/)
  const taken = stop >= 0 ? rest.slice(0, stop) : rest
  // Spaces are not words ("１２３４５６７万元  ，" has none after its figure), nor is a 的 that joins
  // them to it; the quote still runs to the last word (完成36个的项目, not 完成36个的项).
  const words = taken.trim().replace(/^的\s*/, '')
  return { words, end: q.end + taken.trimEnd().length }
}

function trimStart(text: string, at: number, end: number): number {
  while (at < end && /[、,;:\s和及与]/.test(text[at] ?? '')) at++
  return at
}

/** 分别: the figures that follow the first one, joined by 和/、/, and repeated verbs. */
function pairGroup(text: string, qs: Quantity[], i: number): Quantity[] {
  const group = [qs[i] as Quantity]
  for (let k = i + 1; k < qs.length; k++) {
    const between = text.slice((qs[k - 1] as Quantity).end, (qs[k] as Quantity).start)
    if (
      !/^(?:[、,和与及]|以及)(?:每人每月|每人每年|每月|每年)?(?:增长|为|达到|达|提高|提标至|增至)?$/.test(
        between,
      )
    )
      break
    group.push(qs[k] as Quantity)
  }
  return group
}

export function classifySentence(s: Sentence, ctx: Ctx, out: Finding[], rejected: Rejection[]) {
  const { text } = ctx
  const qs = ctx.quantities.filter((q) => q.start >= s.start && q.end <= s.end && !ctx.skip.has(q))
  let carry: Subject | undefined
  let lastGroup: Subject[] | undefined
  let lastRatio: string | undefined
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity
    const prevEnd = i > 0 ? (qs[i - 1] as Quantity).end : s.start
    const clauseStart = segmentStart(text, s.start, q.start)
    const segStart = trimStart(text, Math.max(prevEnd, clauseStart), q.start)
    // 由2017年的980.3亿元增加到2022年的…: a figure of a named year is a baseline, never this year's level.
    const year = YEAR_TAIL.exec(text.slice(segStart, q.start))
    const pre = text.slice(segStart, q.start - (year?.[0].length ?? 0))
    const next = qs[i + 1]
    const { words: post, end: postEnd } = postWords(text, q, next ? next.start : s.end)
    if (q.ratio) {
      // 三次产业结构由上年的22.5:30.8:46.7调整为22.1:31.1:46.8: the subject is the clause's head noun.
      const head = text.slice(clauseStart, q.start).split(/由|调整为|变为|优化为|为|:|\d/)[0] ?? ''
      const base = peel(head).subject || lastRatio || '比例'
      lastRatio = base
      ratioFindings(q, `${base}${/上年|去年/.test(pre) ? '（上年）' : ''}`, s, segStart, out)
      continue
    }
    if (!q.unitText) {
      rejected.push({ q, reason: 'no unit after the number' })
      continue
    }
    const name = ctx.nameOf.get(q)
    if (name) {
      const subject = subjectFor(`${name}规模（见于名称）`, segStart, false, false, q)
      out.push(
        decide(q, subject, { subject: name }, s, {
          text,
          post,
          confidence: 0.55,
          why: 'a figure inside a project name',
          quoteEnd: q.end,
        }),
      )
      continue
    }
    const peeled = peel(pre)
    const base = { text, post, confidence: 0.75, why: 'own subject words', quoteEnd: q.end }
    if (peeled.pair === 'respectively') {
      const group = pairGroup(text, qs, i)
      // …分别完成96.8亿元和5.7亿元，分别增长3.8%和3.5%: a second 分别 with no subject pairs the same subjects.
      const again =
        isEmptySubject(peeled.subject) && lastGroup?.length === group.length ? lastGroup : undefined
      const subjects = again ? again.map((x) => x.text) : splitSubjects(peeled.subject, group.length)
      const members: Subject[] = []
      group.forEach((g, k) => {
        const words = subjects?.[k] ?? `${peeled.subject}（第${k + 1}项）`
        const origin = again ? (again[0]?.origin ?? segStart) : segStart
        const subject = subjectFor(words, origin, Boolean(again), false, g, carry)
        const why = subjects
          ? '分别: subjects and figures in order'
          : '分别: subjects and figures do not pair up'
        const end = (group.at(-1) as Quantity).end
        out.push(
          decide(g, subject, peeled, s, {
            ...base,
            post: '',
            confidence: subjects ? 0.8 : 0.3,
            why,
            quoteEnd: end,
          }),
        )
        members.push(subject)
        carry = subject
      })
      lastGroup = members
      i += group.length - 1
      continue
    }
    if (peeled.pair === 'each') {
      const parts = splitSubjects(peeled.subject, 0) ?? []
      if (parts.length >= 2 && parts.every((p) => matchIndicator(p))) {
        for (const p of parts)
          out.push(
            decide(q, subjectFor(p, segStart, false, false, q), peeled, s, {
              ...base,
              confidence: 0.8,
              why: '均: one figure for each subject',
            }),
          )
        continue
      }
    }
    const found = resolveSubject(q, peeled, pre, post, segStart, clauseStart, carry)
    const subject =
      found && year
        ? { ...found, labelText: `${found.labelText ?? found.text}（${year[1]}年）`, match: undefined }
        : found
    if (!subject) {
      rejected.push({ q, reason: 'no words say what the number measures' })
      continue
    }
    const conf = subject.comparison
      ? 0.7
      : subject.inherited
        ? peeled.growth
          ? 0.8
          : 0.45
        : subject.fromPost
          ? 0.6
          : 0.75
    const why = subject.inherited
      ? 'subject of the figure before it'
      : subject.fromPost
        ? 'subject from the words after the figure'
        : 'own subject words'
    const quoteEnd = subject.fromPost ? postEnd : q.end
    out.push(
      decide(q, subject, peeled, s, {
        ...base,
        carry,
        confidence: q.numeral === 'chinese' ? conf - 0.1 : conf,
        why,
        quoteEnd,
      }),
    )
    // A comparison labels itself; the subject it compares stays the one later figures inherit.
    if (year && found) carry = found
    else if (!subject.comparison && !subject.labelText) carry = subject
  }
}

/** The words a figure measures: its own, the words after it, or the subject of the figure before. */
function resolveSubject(
  q: Quantity,
  peeled: Peeled,
  pre: string,
  post: string,
  segStart: number,
  clauseStart: number,
  carry: Subject | undefined,
): Subject | undefined {
  const own = peeled.subject
  // 增速比上半年加快0.6个百分点, 高于全市平均水平0.3个百分点: a comparison of the figure before.
  if (carry && (isComparison(own) || (isEmptySubject(own) && peeled.growth && !/%/.test(q.unitText)))) {
    const words = pre.replace(/^[、,;:\s]+/, '')
    return {
      ...carry,
      inherited: true,
      fromPost: false,
      comparison: isComparison(own),
      labelText: `${carry.labelText ?? carry.text}${words}`,
    }
  }
  const listed =
    pre.endsWith('等') ||
    (own.includes('、') && post.length >= 2 && !matchIndicator(own) && clauseStart === segStart)
  if (listed && post.length >= 2) return subjectFor(post, segStart, false, true, q, carry)
  if (isEmptySubject(own)) {
    if (carry && (peeled.growth || !post))
      return { ...carry, inherited: true, fromPost: false, text: carry.text }
    if (post.length >= 2) return subjectFor(`${own}${post}`, segStart, false, true, q, carry)
    return undefined
  }
  if (own.length <= 2 && post.length >= 2 && !carry?.pipeline)
    return subjectFor(`${own}${post}`, segStart, false, true, q, carry)
  return subjectFor(own, segStart, false, false, q, carry)
}

const SECTOR_NAMES = ['第一产业', '第二产业', '第三产业']

/** 三次产业结构为12.1:40.3:47.6 — one share per part; % only when the parts add up to 100. */
function ratioFindings(q: Quantity, subject: string, s: Sentence, segStart: number, out: Finding[]) {
  const parts = q.ratio ?? []
  const sum = parts.reduce((a, b) => a + b, 0)
  const shares = Math.abs(sum - 100) <= 0.5
  parts.forEach((v, k) => {
    const partName = /三次产业/.test(subject) && parts.length === 3 ? SECTOR_NAMES[k] : `第${k + 1}项`
    out.push({
      kind: s.part === 'plan' ? 'plan-target' : 'metric',
      role: s.part === 'plan' ? 'target' : 'level',
      labelZh: `${subject || '比例'}·${partName}`,
      value: v,
      q: { ...q, tokens: q.tokens[k] ? [q.tokens[k]] : [] },
      unit: shares ? '%' : null,
      unitText: shares ? '%（比例）' : '比例',
      estimated: false,
      period: s.part === 'plan' ? 'plan' : 'review',
      sentence: s,
      quote: [segStart, q.end],
      confidence: shares ? 0.7 : 0.4,
      why: shares ? 'a ratio whose parts add up to 100: shares in %' : 'a ratio: parts without a unit',
    })
  })
}
