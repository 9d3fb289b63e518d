import { useEffect, useMemo } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { useBoard } from '@/lib/monitoring/use-board'
import { reportModel } from '@/lib/report-model'
import { type AreaMonitor, areaMonitors } from '../model/area-status'

/**
 * Reads the year's monitored figures (this module, and the store with it, loads only when the hint
 * says the report has some) and hands each area's lights to the index. Renders nothing itself.
 */
export function ActualsStatusLoader({
  report,
  onMonitor,
}: {
  report: Report
  onMonitor: (monitor: Map<string, AreaMonitor>) => void
}) {
  const state = useBoard(report)
  const areaOfFact = useMemo(
    () =>
      new Map(reportModel(report).areas.flatMap((a) => a.facts.map((f) => [f.fact.id, a.area.id] as const))),
    [report],
  )
  const monitor = useMemo(
    () =>
      state.status === 'ready' && state.board.hasData
        ? areaMonitors(state.board.rows, areaOfFact, state.board.layer === 'example')
        : null,
    [state, areaOfFact],
  )
  useEffect(() => {
    if (monitor) onMonitor(monitor)
  }, [monitor, onMonitor])
  return null
}
