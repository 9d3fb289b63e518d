import { useCallback, useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { useSearchState } from '@/lib/routes/use-search-state'
import { deckSpec, resolveDeck, slidesParam } from '../model/selection'
import { buildSlides, defaultSelection, type UserFigures } from '../model/slides'

/**
 * The deck as the URL describes it, and the ways to change it (all written back to the URL). `user`:
 * what the user brought (monitoring figures, the county's ledger); each adds its slide when present.
 */
export function useDeck(report: Report, user: UserFigures = {}) {
  const { values, rejected, update } = useSearchState(deckSpec)
  const { board = null, ledger = null } = user
  const available = useMemo(() => buildSlides(report, { board, ledger }), [report, board, ledger])
  const defaults = useMemo(
    () => defaultSelection(report, undefined, { board, ledger }),
    [report, board, ledger],
  )
  const deck = useMemo(() => resolveDeck(available, defaults, values), [available, defaults, values])

  // Stepping replaces the history entry, so Back leaves the deck instead of walking its slides.
  const go = useCallback(
    (index: number) =>
      update({ slide: index + 1, slides: slidesParam(deck.ids, defaults) }, { replace: true }),
    [update, deck.ids, defaults],
  )
  const setIds = useCallback(
    (ids: string[]) => {
      // Stay on the slide being shown if it is still chosen, else on the same position.
      const current = deck.ids[deck.index]
      const at = current ? ids.indexOf(current) : -1
      const index = at >= 0 ? at : Math.min(deck.index, ids.length - 1)
      update({ slides: slidesParam(ids, defaults), slide: index + 1 }, { replace: true })
    },
    [update, deck.ids, deck.index, defaults],
  )
  const setAuto = useCallback(
    (auto: number | null) => update({ auto, slides: slidesParam(deck.ids, defaults) }, { replace: true }),
    [update, deck.ids, defaults],
  )
  // The other window's slide and selection (presenter view sync), written like a local step.
  const show = useCallback(
    (ids: string[], index: number) =>
      update({ slides: slidesParam(ids, defaults), slide: index + 1 }, { replace: true }),
    [update, defaults],
  )
  return {
    ...deck,
    show,
    view: values.view,
    available,
    defaults,
    auto: values.auto,
    rejected: [...rejected, ...deck.rejected],
    go,
    setIds,
    setAuto,
  }
}
