import { DerivedBadge } from '@/components/derived-badge'
import { DerivedDetail } from '@/components/derived-detail'
import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { SourceButton } from '@/components/source-button'
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
  /** false where the caller shows the DerivedBadge elsewhere (a card's own line). */
  badge?: boolean | undefined
}

/** A number computed here, marked as such, whose button shows its formula and named inputs. */
export function DerivedFigure({ item, report, label, signed, badge = true, ...layout }: Props) {
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
          <SourceButton
            id={item.id ?? 'derived'}
            label={label ?? item.label?.[lang] ?? ''}
            detail={<DerivedDetail report={report} item={item} label={label} />}
          />
        </>
      }
    />
  )
}
