import { useVirtualizer } from '@tanstack/react-virtual'
import type { RefObject } from 'react'

/** The height of one row of a project list, in px: what the window estimates rows by. */
export const ROW_HEIGHT = 37

/**
 * Which rows of a long list are in the page: all of them up to `virtualFrom` rows (a plain table,
 * nothing observed), beyond it only those in view in `scrollRef`'s box and a few either side, with
 * the room of the rest above (`before`) and below (`after`) in px, for spacer rows.
 */
export function useRowWindow(count: number, virtualFrom: number, scrollRef: RefObject<HTMLElement | null>) {
  const virtual = count > virtualFrom
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    // A plain table has nothing to observe: off, it neither measures the box nor forces a layout
    // (as the Projects screen hydrates: ~80 ms at 4x CPU).
    enabled: virtual,
    // Switched on where the reader is (a cleared filter takes the list past virtualFrom), not at the top.
    initialOffset: () => scrollRef.current?.scrollTop ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtual ? virtualizer.getVirtualItems() : null
  return {
    virtual,
    virtualizer,
    shown: items ? items.map((i) => i.index) : Array.from({ length: count }, (_, i) => i),
    before: items?.[0]?.start ?? 0,
    after: items ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0,
  }
}

/** The room of the rows a windowed list leaves out, as one row of the table. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr style={{ height }} data-spacer="">
      <td colSpan={columns} className="p-0" />
    </tr>
  )
}
