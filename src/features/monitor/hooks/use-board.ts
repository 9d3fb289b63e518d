import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { type Board, monitorBoard } from '@/lib/monitor/board'
import type { ActualValue, Layer } from '@/lib/store'
import { actualsQueryOptions, thresholdsQueryOptions } from '@/lib/user-data/queries'

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

/**
 * The board of a report from the user's figures: the real layer when it holds anything, else the
 * invented example layer; never a mix. The year judged is the report's plan year unless `year` says.
 */
export function useBoard(report: Report, year?: number | null): BoardState {
  const real = useQuery(actualsQueryOptions(report.id, 'real'))
  const example = useQuery(actualsQueryOptions(report.id, 'example'))
  const thresholds = useQuery(thresholdsQueryOptions())
  return useMemo((): BoardState => {
    const error = real.error ?? example.error ?? thresholds.error
    if (error) return { status: 'error', error }
    if (!real.data || !example.data || !thresholds.data) return { status: 'pending' }
    const layer: Layer = real.data.length > 0 || example.data.length === 0 ? 'real' : 'example'
    const values = layer === 'real' ? real.data : example.data
    return {
      status: 'ready',
      board: monitorBoard({ report, values, layer, thresholds: thresholds.data, year: year ?? undefined }),
      values,
      examplesHidden: layer === 'real' && example.data.length > 0,
    }
  }, [report, year, real.data, real.error, example.data, example.error, thresholds.data, thresholds.error])
}
