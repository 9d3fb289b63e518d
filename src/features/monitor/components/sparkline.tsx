import type { BoardRow } from '@/lib/monitoring/board'
import { sparkOf } from '../model/sparkline'

const STYLE = {
  actual: { className: 'stroke-c1', width: 2, dash: undefined },
  target: { className: 'stroke-fg', width: 1.5, dash: '4 3' },
  reference: { className: 'stroke-muted', width: 1.5, dash: '1 3' },
} as const

/**
 * A row's trend in plain SVG (no chart library on the board): cumulative growth by month as a line
 * with dots, the target dashed, last year's rate dotted; for amounts, progress against the time
 * elapsed. Decorative: the row states the same figures in words and numbers.
 */
export function Sparkline({ row }: { row: BoardRow }) {
  const spark = sparkOf(row)
  if (!spark) return <span className="text-muted text-xs">—</span>
  return (
    <svg
      width={spark.width}
      height={spark.height}
      viewBox={`0 0 ${spark.width} ${spark.height}`}
      aria-hidden="true"
      className="block overflow-visible"
      data-sparkline={row.target.id}
    >
      {spark.lines.map((line) => (
        <polyline
          key={line.kind}
          points={line.points.map((p) => p.join(',')).join(' ')}
          className={STYLE[line.kind].className}
          fill="none"
          strokeWidth={STYLE[line.kind].width}
          strokeDasharray={STYLE[line.kind].dash}
          strokeLinejoin="round"
          data-line={line.kind}
        />
      ))}
      {spark.dots.map(([cx, cy]) => (
        <circle key={`${cx}`} cx={cx} cy={cy} r="2.2" className="fill-c1" />
      ))}
    </svg>
  )
}
