import { DerivedDetail } from '@/components/charts/derived-detail'
import { DerivedBadge } from '@/components/derived-badge'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import type { Derived, Fact, Report } from '@/lib/dataset/schema'
import { useLang } from '@/lib/prefs/hooks'

// A twin of the Overview's FactFigure: features may not import each other (a candidate for src/components).

/** A stated number with its unit and its quote one click away. */
export function FactFigure({ fact, rate }: { fact: Fact; rate?: boolean }) {
  const lang = useLang()
  return (
    <span className="inline-flex items-center gap-1">
      <Quantity
        value={fact.value}
        unit={fact.unit}
        qualifier={fact.qualifier}
        rate={rate}
        className="tabular-nums"
      />
      <SourceButton id={fact.id} label={fact.label[lang]} quote={fact.quote} />
    </span>
  )
}

/** A derived number, marked as such, whose button shows the formula and inputs. */
export function DerivedFigure({ item, report, signed }: { item: Derived; report: Report; signed?: boolean }) {
  const lang = useLang()
  return (
    <span className="inline-flex items-center gap-1">
      <Quantity
        value={item.value}
        unit={item.unit}
        decimals={item.decimals}
        signed={signed}
        rate={item.unit === '百分点' || item.unit === '%'}
        className="tabular-nums"
      />
      <DerivedBadge />
      <SourceButton
        id={item.id}
        label={item.label[lang]}
        detail={<DerivedDetail report={report} id={item.id} />}
      />
    </span>
  )
}
