import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { SourceButton } from '@/components/source-button'
import type { Fact, LabelText } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  fact: Fact
  /** The report that states it, and its title: the quote says which report it is from. */
  reportId: string
  title: LabelText
  /** The report the screen shows: a quote of another report links to that report's text. */
  shownId?: string | undefined
  /** The figure's name for its source button. */
  label: string
  rate?: boolean | undefined
}

/**
 * A figure of one of several reports set side by side (years, counties): the number as stated, and
 * its quote one click away, headed by the title of the report it is from.
 */
export function StatedFigure({ fact, reportId, title, shownId, label, rate, ...layout }: Props) {
  const lang = useLang()
  return (
    <FigureLayout
      {...layout}
      value={fact.value}
      unit={fact.unit}
      format={{ qualifier: fact.qualifier, ...(rate ? { rate } : {}) }}
      marks={
        <SourceButton
          label={label}
          items={[
            {
              id: fact.id,
              heading: title[lang],
              quote: fact.quote,
              report: reportId === shownId ? undefined : reportId,
            },
          ]}
        />
      }
    />
  )
}
