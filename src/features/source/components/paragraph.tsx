import type { ReactNode } from 'react'
import { cx } from '@/lib/cx'
import { groupHighlight, type Marks, type Piece, piecesOf } from '../model/pieces'
import type { Paragraph } from '../model/sections'

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

/** One paragraph of the report as text nodes, with its search hits and the highlighted quote. */
export function ParagraphText({
  paragraph,
  marks,
  current,
  hlId,
}: {
  paragraph: Paragraph
  marks: Marks
  current: number
  hlId: string
}) {
  const { before, hl, after } = groupHighlight(piecesOf(paragraph.text, paragraph.start, marks))
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
}
