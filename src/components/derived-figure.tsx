import { DerivedBadge } from '@/components/derived-badge'
import { DerivedDetail } from '@/components/derived-detail'
import { FigureLayout, type FigureLayoutProps } from '@/components/figure-layout'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { Derived, Report } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

type Props = FigureLayoutProps & {
  item: Derived
  report: Report
  /** Prefix a + on a positive difference (gaps). */
  signed?: boolean | undefined
  /** false where the caller shows the DerivedBadge elsewhere (a card's own line). */
  badge?: boolean | undefined
  valueClassName?: string | undefined
}

/** A number computed here, marked as such, whose button shows its formula and named inputs. */
export function DerivedFigure({ item, report, signed, badge = true, valueClassName, ...layout }: Props) {
  const lang = useLang()
  return (
    <FigureLayout
      {...layout}
      value={
        <Quantity
          value={item.value}
          unit={item.unit}
          decimals={item.decimals}
          signed={signed}
          rate={item.unit === '百分点' || item.unit === '%'}
          className={cx('tabular-nums', valueClassName)}
        />
      }
      marks={
        <>
          {badge && <DerivedBadge />}
          <SourceButton
            id={item.id}
            label={item.label[lang]}
            detail={<DerivedDetail report={report} item={item} />}
          />
        </>
      }
    />
  )
}
