import { memo } from 'react'
import { span } from '../model/pieces'
import type { Paragraph, Range } from '../model/sections'
import { ParagraphText } from './paragraph'

/** Paragraphs per block: a search re-renders only the blocks that had or have a match. */
export const BLOCK = 200

type Props = {
  paragraphs: readonly Paragraph[]
  hl: Range | null
  hlId: string
  hits: readonly Range[]
  /** The matches in this block: [from, to) of `hits`. */
  from: number
  to: number
  current: number
  strong: readonly Range[]
}

const same = (a: Props, b: Props) =>
  a.paragraphs === b.paragraphs &&
  a.hl === b.hl &&
  a.hlId === b.hlId &&
  a.strong === b.strong &&
  ((a.from === a.to && b.from === b.to) ||
    (a.from === b.from && a.to === b.to && a.hits === b.hits && a.current === b.current))

/**
 * A run of paragraphs of the report text. A very long text (10 MB: tens of thousands of paragraphs)
 * would otherwise rebuild every paragraph on each search; blocks without a match before or after it
 * are left as they are.
 */
export const ParagraphBlock = memo(function ParagraphBlock({
  paragraphs,
  hl,
  hlId,
  hits,
  current,
  strong,
}: Props) {
  return paragraphs.map((p) => {
    const end = p.start + p.text.length
    const [from, to] = span(hits, p.start, end)
    return (
      <ParagraphText
        key={p.start}
        paragraph={p}
        hl={hl && hl.end > p.start && hl.start < end ? hl : null}
        hlId={hlId}
        hits={hits}
        from={from}
        to={to}
        current={current >= from && current < to ? current : -1}
        strong={strong}
      />
    )
  })
}, same)

/** Paragraphs cut into blocks of BLOCK. */
export function blocksOf(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = []
  for (let i = 0; i < paragraphs.length; i += BLOCK) out.push(paragraphs.slice(i, i + BLOCK))
  return out
}
