import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Fact } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = { fact: Fact; rate?: boolean; className?: string; valueClassName?: string }

/** A stated number with its unit and its quote one click away. */
export function FactFigure({ fact, rate, className, valueClassName }: Props) {
  const lang = useLang()
  return (
    <span className={cx('inline-flex items-center gap-1', className)}>
      <Quantity
        value={fact.value}
        unit={fact.unit}
        qualifier={fact.qualifier}
        rate={rate}
        className={cx('tabular-nums', valueClassName)}
      />
      <SourceButton id={fact.id} label={fact.label[lang]} quote={fact.quote} />
    </span>
  )
}
