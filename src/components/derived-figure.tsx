import { DerivedBadge } from '@/components/derived-badge'
import { DerivedDetail } from '@/components/derived-detail'
import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { SourceButton, type SourceItem } from '@/components/source-button'
import type { DerivedLike } from '@/lib/dataset/facts'
import type { Report } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  item: DerivedLike
  report: Report
  /** The button's name where the screen names the figure itself (a computed figure has no label). */
  label?: string | undefined
  /** Prefix a + on a positive difference (gaps). */
  signed?: boolean | undefined
  /** false where the caller shows the 推算 label elsewhere (a card's own line). */
  badge?: boolean | undefined
  /** false where an enclosing card's one info mark already opens this figure's formula. */
  source?: boolean | undefined
}

/** What a derived figure's info mark opens: its formula, named inputs and note. */
export function derivedSource(
  report: Report,
  item: DerivedLike,
  label?: string,
  heading?: string,
): SourceItem {
  return {
    id: item.id ?? 'derived',
    heading,
    detail: <DerivedDetail report={report} item={item} label={label} />,
  }
}

/** A number computed here, labelled 推算, whose info mark shows its formula and named inputs. */
export function DerivedFigure({
  item,
  report,
  label,
  signed,
  badge = true,
  source = true,
  ...layout
}: Props) {
  const lang = useLang()
  // Derived items carry their own decimals, so no `rate` is needed to read 3.0个百分点; a figure
  // computed on screen has none and reads at its own precision.
  return (
    <FigureLayout
      {...layout}
      value={item.value}
      unit={item.unit}
      format={{ decimals: item.decimals, ...(signed ? { signed } : {}) }}
      marks={
        <>
          {badge && <DerivedBadge />}
          {source && (
            <SourceButton
              label={label ?? item.label?.[lang] ?? ''}
              items={[derivedSource(report, item, label)]}
            />
          )}
        </>
      }
    />
  )
}
