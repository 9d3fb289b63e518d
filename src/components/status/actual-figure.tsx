import { Quantity } from '@/components/quantity'
import { cx } from '@/lib/cx'
import type { Unit } from '@/lib/format/units'
import { UNITS } from '@/lib/format/units'
import { isOwnKey } from '@/lib/own'
import type { ActualSource } from '@/lib/store'
import { ActualSourceButton } from './actual-source'

/** The dataset unit a stored unit text is, if any (the store keeps what the file said: 亿元, 户, %). */
export function unitOf(text: string | undefined, fallback?: Unit): Unit | undefined {
  if (fallback && (text === undefined || text === fallback)) return fallback
  // A target counted in 户主体 stores 户: the same count, written the target's way.
  if (fallback && text === '户' && (fallback === '户主体' || fallback === '户企业')) return fallback
  return text !== undefined && isOwnKey(UNITS, text) ? (text as Unit) : fallback
}

type Props = {
  value: number
  unit: Unit
  /** A growth rate or a gap: one decimal at least. */
  rate?: boolean
  signed?: boolean
  /** Names the figure for the source button ("地区生产总值 2023年1–6月"). */
  label: string
  source: ActualSource
  className?: string
  valueClassName?: string
}

/** A user's figure (imported or typed) with its unit and its source one click away, like FactFigure. */
export function ActualFigure({ value, unit, rate, signed, label, source, className, valueClassName }: Props) {
  return (
    <span className={cx('inline-flex items-center gap-1', className)} data-actual-figure="">
      <Quantity
        value={value}
        unit={unit}
        {...(rate ? { rate } : {})}
        {...(signed ? { signed } : {})}
        className={cx('tabular-nums', valueClassName)}
      />
      <ActualSourceButton label={label} source={source} />
    </span>
  )
}
