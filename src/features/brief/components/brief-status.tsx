import { Quantity } from '@/components/quantity'
import { StatusLight } from '@/components/status'
import type { BoardRow } from '@/lib/monitoring/board'

/** A KPI's latest cumulative growth (or progress) and its light, as the monitor board judges it. */
export function BriefStatus({ row, cell }: { row: BoardRow | undefined; cell: string }) {
  const v = row?.latest
  const measure =
    row?.target.kind === 'amount'
      ? row.progress && <Quantity value={Math.round(row.progress.percent * 10) / 10} unit="%" rate />
      : v?.growth !== undefined && <Quantity value={v.growth} unit="%" rate />
  return (
    <>
      <td className={`${cell} text-right`}>{measure || '—'}</td>
      <td className={`${cell} whitespace-nowrap`}>{row ? <StatusLight status={row.status} /> : '—'}</td>
    </>
  )
}
