import { cx } from '@/lib/cx'
import { type FormatOptions, formatQuantity } from '@/lib/format/quantity'
import type { Unit } from '@/lib/format/units'
import { useLang } from '@/lib/prefs/hooks'

type Props = FormatOptions & { value: number; unit: Unit; className?: string }

/** A number with its unit in the reader's language: 113.6亿元 / CNY 11.36 bn. */
export function Quantity({ value, unit, className, ...opts }: Props) {
  const lang = useLang()
  return (
    <span className={cx('whitespace-nowrap', className)} data-value={value}>
      {formatQuantity(value, unit, lang, opts)}
    </span>
  )
}
