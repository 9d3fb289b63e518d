import type { Rejected } from '@/lib/routes/params'
import type { Slide } from './slides'

// The deck's URL state (?slides=title,kpis,area-parks&slide=3&auto=10) is defined in
// src/lib/routes/specs.ts. Slide ids depend on the report (one per area): resolveDeck drops ids this
// report has no slide for and clamps the slide number, reporting both.
export { deckSpec, MAX_AUTO_SECONDS, slideIds, slideNumber } from '@/lib/routes/specs'

export type DeckParams = { slides: string[]; slide: number | null; auto: number | null }

export type ResolvedDeck = {
  /** The slides to show, in the chosen order. */
  slides: Slide[]
  /** Their ids (what the picker edits and the URL stores). */
  ids: string[]
  /** 0-based index of the current slide. */
  index: number
  /** Parameters that were read but could not be honoured (unknown ids, out-of-range slide). */
  rejected: Rejected[]
}

export function resolveDeck(available: Slide[], defaults: string[], params: DeckParams): ResolvedDeck {
  const byId = new Map(available.map((s) => [s.id as string, s]))
  const rejected: Rejected[] = []
  const unknown = params.slides.filter((id) => !byId.has(id))
  if (unknown.length) rejected.push({ key: 'slides', value: unknown.join(',') })
  let ids = params.slides.filter((id) => byId.has(id))
  if (!ids.length) ids = defaults.filter((id) => byId.has(id))
  const slides = ids.map((id) => byId.get(id) as Slide)
  const wanted = params.slide ?? 1
  const index = Math.min(Math.max(wanted, 1), Math.max(slides.length, 1)) - 1
  if (params.slide !== null && index !== params.slide - 1)
    rejected.push({ key: 'slide', value: String(params.slide) })
  return { slides, ids, index, rejected }
}

/** The slides param to write: nothing when the choice is the default (short links). */
export function slidesParam(ids: readonly string[], defaults: readonly string[]): string[] {
  return ids.length === defaults.length && ids.every((id, i) => id === defaults[i]) ? [] : [...ids]
}

/** Picker edits: toggle one slide on/off (kept in deck order when turned on), or move it. */
export function toggleSlide(ids: readonly string[], id: string, allInOrder: readonly string[]): string[] {
  if (ids.includes(id)) return ids.length > 1 ? ids.filter((i) => i !== id) : [...ids]
  // Insert after the nearest chosen slide that precedes it in the natural order.
  const at = allInOrder.indexOf(id)
  const before = allInOrder
    .slice(0, at)
    .filter((i) => ids.includes(i))
    .at(-1)
  const pos = before === undefined ? 0 : ids.indexOf(before) + 1
  return [...ids.slice(0, pos), id, ...ids.slice(pos)]
}

export function moveSlide(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= ids.length) return [...ids]
  const next = [...ids]
  next.splice(from, 1)
  next.splice(to, 0, id)
  return next
}
