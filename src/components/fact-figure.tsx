import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { SourceButton } from '@/components/source-button'
import type { Fact } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  fact: Fact
  /** A growth rate: read with one decimal (5.0%). */
  rate?: boolean | undefined
  /** The source button's name when the figure is shown under another name (a stage, an indicator). */
  sourceLabel?: string | undefined
}

/** A stated number with its unit and qualifier, and its verbatim quote one click away. */
export function FactFigure({ fact, rate, sourceLabel, ...layout }: Props) {
  const lang = useLang()
  return (
    <FigureLayout
      {...layout}
      value={fact.value}
      unit={fact.unit}
      format={{ qualifier: fact.qualifier, ...(rate ? { rate } : {}) }}
      marks={<SourceButton id={fact.id} label={sourceLabel ?? fact.label[lang]} quote={fact.quote} />}
    />
  )
}
