import { cx } from '@/lib/cx'
import { type FormatOptions, formatQuantity, type Lang } from '@/lib/format/quantity'
import type { Unit } from '@/lib/format/units'
import { useLang } from '@/lib/prefs/hooks'

type Props = FormatOptions & { value: number; unit: Unit; className?: string }

/** A number with its unit in the reader's language: 113.6亿元 / CNY 11.36 bn. */
export function Quantity(props: Props) {
  return <QuantityIn {...props} lang={useLang()} />
}

/**
 * The same in a language given by the caller: for a long list whose rows each show one, so that no
 * row subscribes to the language itself (48 rows: about 100 subscriptions made and dropped).
 */
export function QuantityIn({ value, unit, className, lang, ...opts }: Props & { lang: Lang }) {
  return (
    <span className={cx('whitespace-nowrap', className)} data-value={value}>
      {formatQuantity(value, unit, lang, opts)}
    </span>
  )
}
