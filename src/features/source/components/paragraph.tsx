import { memo, type ReactNode } from 'react'
import { cx } from '@/lib/cx'
import { groupHighlight, type Piece, piecesOf } from '../model/pieces'
import type { Paragraph, Range } from '../model/sections'

export const HL_ID = 'source-hl'

function Run({ piece, current }: { piece: Piece; current: number }) {
  let node: ReactNode = piece.text
  if (piece.strong) node = <strong>{node}</strong>
  if (piece.hit !== null)
    node = (
      <mark
        data-hit={piece.hit}
        data-current={piece.hit === current || undefined}
        className={cx(piece.hit === current && 'bg-[#fb923c] outline-2 outline-[#7c2d12]')}
      >
        {node}
      </mark>
    )
  return node
}

type Props = {
  paragraph: Paragraph
  /** The highlighted quote, when it touches this paragraph. */
  hl: Range | null
  hlId: string
  /** All search matches, sorted; [from, to) are the ones in this paragraph. */
  hits: readonly Range[]
  from: number
  to: number
  /** The current match, when it is in this paragraph; else -1. */
  current: number
  strong: readonly Range[]
}

/** Unchanged when a new search neither had nor has a match here: a long text re-renders only what it must. */
const same = (a: Props, b: Props) =>
  a.paragraph === b.paragraph &&
  a.hl === b.hl &&
  a.hlId === b.hlId &&
  a.strong === b.strong &&
  a.current === b.current &&
  // No match here before or after (the indices themselves move with every new search), or the same.
  ((a.from === a.to && b.from === b.to) || (a.from === b.from && a.to === b.to && a.hits === b.hits))

/** One paragraph of the report as text nodes, with its search hits and the highlighted quote. */
export const ParagraphText = memo(function ParagraphText({
  paragraph,
  hl: quote,
  hlId,
  hits,
  current,
  strong,
}: Props) {
  const { before, hl, after } = groupHighlight(
    piecesOf(paragraph.text, paragraph.start, { hl: quote, hits, strong }),
  )
  const runs = (list: Piece[]) => list.map((p) => <Run key={p.start} piece={p} current={current} />)
  return (
    <p className="leading-loose">
      {runs(before)}
      {hl.length > 0 && (
        // Focused on arrival so a screen reader reads the passage (the banner says why it is marked).
        // Blue with a ring, unlike the yellow search hits, so the two never look alike.
        <mark
          id={HL_ID}
          tabIndex={-1}
          data-hl={hlId}
          className="rounded-sm bg-[#bae6fd] text-[#0c1a2b] shadow-[0_0_0_2px_#0369a1] outline-offset-4"
        >
          {runs(hl)}
        </mark>
      )}
      {runs(after)}
    </p>
  )
}, same)
