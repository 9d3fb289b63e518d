import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Report } from '../dataset/schema'
import type { ActualValue, Layer } from '../store'
import { actualsQueryOptions, thresholdsQueryOptions } from '../user-data/queries'
import { type Board, monitorBoard } from './board'

export type BoardState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'ready'
      board: Board
      /** The figures of the layer shown (every year). */
      values: ActualValue[]
      /** Example figures are stored but hidden, because real ones exist (never mixed). */
      examplesHidden: boolean
    }

// The board as every screen reads it (Monitoring, the Overview's cards, the deck): the user's figures
// through TanStack Query (src/lib/user-data, refreshed by any change in any tab), judged by the user's
// thresholds. A hook, kept out of ./index.ts so the pure model stays free of React.

// One board per (figures, thresholds, report, year): the query data are shared by every hook that
// reads them, so the Overview's seven cards and its note judge the figures once, not eight times.
const boards = new WeakMap<object, WeakMap<object, WeakMap<Report, Map<string, Board>>>>()

/** The entry under `key`, made and kept on first use. */
function kept<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  const found = map.get(key)
  if (found !== undefined) return found
  const made = make()
  map.set(key, made)
  return made
}

function boardOf(input: Parameters<typeof monitorBoard>[0] & { thresholds: object }): Board {
  const { report, values, thresholds, layer, year } = input
  const byYear = kept(
    kept(
      kept(boards, values, () => new WeakMap()),
      thresholds,
      () => new WeakMap(),
    ),
    report,
    () => new Map<string, Board>(),
  )
  const key = `${layer}|${year ?? ''}`
  const found = byYear.get(key)
  if (found) return found
  const board = monitorBoard(input)
  byYear.set(key, board)
  return board
}

/**
 * The board of a report from the user's figures: the real layer when it holds anything, else the
 * invented example layer; never a mix. The year judged is the report's plan year unless `year` says.
 */
export function useBoard(
  report: Report,
  year?: number | null,
  /** false: load nothing (no store) and stay pending: a screen that shows figures only when there are some. */
  enabled = true,
): BoardState {
  const real = useQuery({ ...actualsQueryOptions(report.id, 'real'), enabled })
  const example = useQuery({ ...actualsQueryOptions(report.id, 'example'), enabled })
  const thresholds = useQuery({ ...thresholdsQueryOptions(), enabled })
  return useMemo((): BoardState => {
    const error = real.error ?? example.error ?? thresholds.error
    if (error) return { status: 'error', error }
    if (!real.data || !example.data || !thresholds.data) return { status: 'pending' }
    const layer: Layer = real.data.length > 0 || example.data.length === 0 ? 'real' : 'example'
    const values = layer === 'real' ? real.data : example.data
    return {
      status: 'ready',
      board: boardOf({ report, values, layer, thresholds: thresholds.data, year: year ?? undefined }),
      values,
      examplesHidden: layer === 'real' && example.data.length > 0,
    }
  }, [report, year, real.data, real.error, example.data, example.error, thresholds.data, thresholds.error])
}
