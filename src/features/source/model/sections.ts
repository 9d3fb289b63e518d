import type { Section } from '@/lib/dataset/schema'

export type Paragraph = { start: number; text: string }
export type TextSection = { section: Section; start: number; end: number; paragraphs: Paragraph[] }

/**
 * Splits the report text at each section's heading, in the report's order. Offsets stay those of
 * the whole text, so a quote found anywhere maps straight to its paragraph. A heading that cannot be
 * found leaves its text with the previous section rather than losing it.
 */
export function splitSections(text: string, sections: readonly Section[]): TextSection[] {
  const starts: { section: Section; start: number }[] = []
  let from = 0
  for (const section of sections) {
    const at = text.indexOf(section.heading, from)
    if (at < 0) continue
    starts.push({ section, start: at })
    from = at + section.heading.length
  }
  return starts.map(({ section, start }, i) => {
    // Whatever precedes the first heading belongs to the first section.
    const begin = i === 0 ? 0 : start
    const end = starts[i + 1]?.start ?? text.length
    return { section, start: begin, end, paragraphs: paragraphsOf(text, begin, end) }
  })
}

/** The non-empty lines of text[start, end), with their offsets in the whole text. */
export function paragraphsOf(text: string, start: number, end: number): Paragraph[] {
  const out: Paragraph[] = []
  let at = start
  for (const line of text.slice(start, end).split('\n')) {
    if (line.trim()) out.push({ start: at, text: line })
    at += line.length + 1
  }
  return out
}

export type Range = { start: number; end: number }

/**
 * Where a quote sits in the text: first inside its own section (a phrase can repeat elsewhere),
 * else anywhere; null when the text does not contain it.
 */
export function locateQuote(
  text: string,
  parts: readonly TextSection[],
  quote: string,
  sectionId?: string,
): Range | null {
  const part = parts.find((p) => p.section.id === sectionId)
  if (part) {
    const at = text.slice(part.start, part.end).indexOf(quote)
    if (at >= 0) return { start: part.start + at, end: part.start + at + quote.length }
  }
  const at = text.indexOf(quote)
  return at < 0 ? null : { start: at, end: at + quote.length }
}

/** Section and topic headings as ranges of the text, shown in bold so the structure reads. */
export function headingRanges(text: string, parts: readonly TextSection[]): Range[] {
  const out: Range[] = []
  for (const part of parts) {
    for (const heading of [part.section.heading, ...part.section.topics.map((t) => t.heading)]) {
      const at = locateQuote(text, parts, heading, part.section.id)
      if (at) out.push(at)
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
