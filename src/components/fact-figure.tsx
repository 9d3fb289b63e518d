import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Fact } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  fact: Fact
  /** A growth rate: read with one decimal (5.0%). */
  rate?: boolean | undefined
  /** The source button's name when the figure is shown under another name (a stage, an indicator). */
  sourceLabel?: string | undefined
  valueClassName?: string | undefined
}

/** A stated number with its unit and qualifier, and its verbatim quote one click away. */
export function FactFigure({ fact, rate, sourceLabel, valueClassName, ...layout }: Props) {
  const lang = useLang()
  return (
    <FigureLayout
      {...layout}
      value={
        <Quantity
          value={fact.value}
          unit={fact.unit}
          qualifier={fact.qualifier}
          rate={rate}
          className={cx('tabular-nums', valueClassName)}
        />
      }
      marks={<SourceButton id={fact.id} label={sourceLabel ?? fact.label[lang]} quote={fact.quote} />}
    />
  )
}
