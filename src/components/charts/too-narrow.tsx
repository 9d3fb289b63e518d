import { DataTable, useFrameTable } from './data-table'

/**
 * What a chart shows in a box too narrow to draw it readably (a phone-width card, a long group name):
 * its frame's table, scrolling inside the chart's box, as before its code arrived. There is no chart
 * to export then: the export buttons say so at once (src/components/export-buttons.tsx).
 */
export function TooNarrow() {
  const table = useFrameTable()
  return (
    <div className="h-full overflow-auto" data-chart-too-narrow>
      {table && <DataTable {...table} />}
    </div>
  )
}
