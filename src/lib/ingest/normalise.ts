import type { NormalisationSummary, Span } from './types'

// The pipeline reads a normalised view of the text and quotes the original. Normalising folds
// full-width forms to ASCII (１２３ → 123, （一） → (一), ％ → %), traditional to simplified characters
// (through a converter the caller passes in, see traditional.ts) and drops characters that are
// artefacts of the copy: a lone capital standing for a removed name (高举A新时代) and stray question
// marks (“数字政府”?“城市大脑”). Every normalised index maps back to an original index, so any span
// the pipeline finds becomes a verbatim slice of the original.

export type NormalisedText = {
  original: string
  text: string
  /** offsets[i] is the original index of text[i]; offsets[text.length] is original.length. */
  offsets: Int32Array
  changes: NormalisationSummary[]
}

/** One character to one character, so the converter's output can map index for index. */
export type CharConverter = (text: string) => string

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
// After a real question mark comes a new sentence or a closing quote, never a comma or an opening quote.
const STRAY_AFTER = /[“‘,;:、。(]/
const STRAY_BEFORE = /[“‘,;:、(]/
// Capitals that stand for something in ordinary words: A股, B超, X光, T型, C位, 5A级 …
const LETTER_WORDS = /[股级类轮型字超光位端证区座]/
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\r]/

/** Full-width ASCII forms and ideographic space to ASCII; minus and dash look-alikes to '-'. */
export function foldWidth(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  if (c === 0x3000 || c === 0xa0) return ' '
  if (c === 0x2212 || c === 0x2012) return '-' // minus sign, figure dash
  return ch
}

function isStrayQuestion(prev: string, next: string): boolean {
  return STRAY_AFTER.test(next) || STRAY_BEFORE.test(prev) || next === '?' || prev === '?'
}

function isPlaceholder(prev: string, ch: string, next: string): boolean {
  return /[A-Z]/.test(ch) && CJK.test(prev) && CJK.test(next) && !LETTER_WORDS.test(next)
}

type Summaries = Map<NormalisationSummary['kind'], NormalisationSummary>

function note(into: Summaries, kind: NormalisationSummary['kind'], original: string, to: string, at: number) {
  let s = into.get(kind)
  if (!s) {
    s = { kind, count: 0, examples: [] }
    into.set(kind, s)
  }
  s.count++
  if (s.examples.length < 8) s.examples.push({ original, normalised: to, at })
}

/**
 * The normalised view of `original`. `toSimplified`, when given, must map one character to one
 * character (traditional.ts guarantees it); without it traditional characters stay as they are.
 */
export function normalise(original: string, toSimplified?: CharConverter): NormalisedText {
  const folded = Array.from(original, foldWidth).join('')
  // Array.from splits by code point; fold never changes a code point's length, so indices agree.
  const converted = toSimplified ? toSimplified(folded) : folded
  const summaries: Summaries = new Map()
  const out: string[] = []
  const offsets: number[] = []
  for (let i = 0; i < original.length; i++) {
    const o = original[i] ?? ''
    const f = folded[i] ?? ''
    const ch = converted[i] ?? f
    const prev = converted[i - 1] ?? ''
    const next = converted[i + 1] ?? ''
    if (INVISIBLE.test(ch)) {
      if (ch !== '\r') note(summaries, 'invisible', o, '', i)
      continue
    }
    if ((ch === '?' && isStrayQuestion(prev, next)) || ch === '\ufffd') {
      note(summaries, 'stray-question', o, '', i)
      continue
    }
    if (isPlaceholder(prev, ch, next)) {
      note(summaries, 'stray-placeholder', o, '', i)
      continue
    }
    if (f !== o) note(summaries, 'width', o, f, i)
    if (ch !== f) note(summaries, 'traditional', f, ch, i)
    out.push(ch)
    offsets.push(i)
  }
  offsets.push(original.length)
  return { original, text: out.join(''), offsets: Int32Array.from(offsets), changes: [...summaries.values()] }
}

/** The original span of a normalised span: a verbatim slice, including characters dropped inside it. */
export function toOriginal(n: NormalisedText, start: number, end: number): Span {
  if (end <= start) {
    const at = n.offsets[start] ?? n.original.length
    return [at, at]
  }
  const s = n.offsets[start] ?? n.original.length
  const e = (n.offsets[end - 1] ?? n.original.length - 1) + 1
  return [s, e]
}

export function originalSlice(n: NormalisedText, start: number, end: number): string {
  const [s, e] = toOriginal(n, start, end)
  return n.original.slice(s, e)
}
