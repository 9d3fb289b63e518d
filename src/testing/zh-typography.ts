// Chinese typography as government documents write it: the comma, semicolon and colon of a Chinese
// sentence are full-width (，；：). A half-width , ; : is wrong beside a Chinese character or Chinese
// punctuation; between Latin letters or digits (1,552 · "CSV, XLSX") it is right. Quotes of the report
// are exempt: they keep the report's own punctuation verbatim.

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/
const HALF = /[,;:]/

/** A character next to position `i` in direction `step`, skipping spaces; '' at either end. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  let j = i + step
  while (text[j] === ' ') j += step
  return text[j] ?? ''
}

/** Each half-width , ; : that sits beside Chinese text, with a little context to find it by. */
export function halfWidthInChinese(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i++) {
    if (!HALF.test(text[i] ?? '')) continue
    if (CJK.test(neighbour(text, i, -1)) || CJK.test(neighbour(text, i, 1)))
      out.push(text.slice(Math.max(0, i - 6), i + 6))
  }
  return out
}

/**
 * The literal text of a compiled ICU message (Lingui's form: an array of parts, each a string or an
 * argument [name, type?, cases?]); an argument becomes a placeholder, a plural's cases their own text.
 */
export function literalText(compiled: unknown): string {
  if (typeof compiled === 'string') return compiled
  if (!Array.isArray(compiled)) return ''
  return compiled
    .map((part) => {
      if (typeof part === 'string') return part
      if (!Array.isArray(part)) return ''
      const cases = part[2]
      return cases && typeof cases === 'object'
        ? Object.values(cases as Record<string, unknown>)
            .map((c) => literalText(c))
            .join('\u241e')
        : '\u241e'
    })
    .join('')
}
