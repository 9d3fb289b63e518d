// A fingerprint of a header's shape, so the column mapping a user confirmed for June's ledger is
// offered again for July's: the same headings in the same places, whatever the month or year written
// in them ("1-6月完成" and "1-7月完成" are one shape).

import { headerKey } from './column-guess'
import type { HeaderInfo } from './header-detect'

/** FNV-1a, 32 bits: short, stable across runs and platforms, and plenty for telling layouts apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

export type ShapeSignature = {
  /** 'v1:3:1a2b3c4d': version, number of header rows, hash of the headings. */
  id: string
  /** The headings as compared (digits as #), for showing which shape a remembered mapping is for. */
  headings: string[]
}

export function shapeSignature(header: HeaderInfo): ShapeSignature {
  const headings = header.columns.map((c) => c.parts.map(headerKey).join('/').replace(/\d+/g, '#'))
  // Stray formatting can widen a sheet by empty columns: they are not part of the shape.
  while (headings.length > 0 && headings.at(-1) === '') headings.pop()
  return { id: `v1:${header.rows.length}:${fnv1a(headings.join('|'))}`, headings }
}
