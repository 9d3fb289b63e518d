import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { SourceButton, type SourceItem } from '@/components/source-button'
import type { Fact } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  fact: Fact
  /** A growth rate: read with one decimal (5.0%). */
  rate?: boolean | undefined
  /** The source button's name when the figure is shown under another name (a stage, an indicator). */
  sourceLabel?: string | undefined
  /** false where an enclosing card's one info mark already opens this figure's quote. */
  source?: boolean | undefined
}

/** What a stated figure's info mark opens: its verbatim quote, with the passage it is in. */
export function factSource(fact: Fact, heading?: string): SourceItem {
  return { id: fact.id, heading, quote: fact.quote }
}

/** A stated number with its unit and qualifier, and its verbatim quote one click away. */
export function FactFigure({ fact, rate, sourceLabel, source = true, ...layout }: Props) {
  const lang = useLang()
  return (
    <FigureLayout
      {...layout}
      value={fact.value}
      unit={fact.unit}
      format={{ qualifier: fact.qualifier, ...(rate ? { rate } : {}) }}
      marks={
        source && <SourceButton id={fact.id} label={sourceLabel ?? fact.label[lang]} quote={fact.quote} />
      }
    />
  )
}
