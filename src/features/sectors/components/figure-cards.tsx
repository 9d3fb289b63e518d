import { DerivedBadge } from '@/components/derived-badge'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import type { Derived, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { type AreaFact, derivedInputs } from '../model/areas'

/** One stated figure: value with unit and qualifier, label, when, and its quote. */
export function FactCard({ item }: { item: AreaFact }) {
  const { t, lang } = useT('sectors')
  const { t: tc } = useT()
  const { fact, rate } = item
  const label = fact.label[lang]
  return (
    <li className="card flex min-w-0 flex-col gap-1 p-3">
      <div className="flex items-start justify-between gap-2">
        <Quantity
          value={fact.value}
          unit={fact.unit}
          qualifier={fact.qualifier}
          rate={rate}
          className="font-bold text-2xl tabular-nums leading-tight"
        />
        <SourceButton id={fact.id} label={label} quote={fact.quote} />
      </div>
      <span className="text-sm leading-snug">{label}</span>
      <span className="flex flex-wrap gap-1 text-[var(--muted)] text-xs">
        <span>{t(`period.${fact.period}`)}</span>
        {fact.estimated && <span className="badge">{tc('estimated')}</span>}
      </span>
    </li>
  )
}

/** A figure computed here from the area's own figures: marked, with its formula and inputs. */
export function DerivedCard({ report, item }: { report: Report; item: Derived }) {
  const { lang } = useT('sectors')
  const label = item.label[lang]
  return (
    <li className="card flex min-w-0 flex-col gap-1 border-dashed p-3">
      <div className="flex items-start justify-between gap-2">
        <Quantity
          value={item.value}
          unit={item.unit}
          decimals={item.decimals}
          className="font-bold text-2xl tabular-nums leading-tight"
        />
        <SourceButton id={item.id} label={label} detail={<DerivedDetail report={report} item={item} />} />
      </div>
      <span className="text-sm leading-snug">{label}</span>
      <span>
        <DerivedBadge />
      </span>
    </li>
  )
}

export function DerivedDetail({ report, item }: { report: Report; item: Derived }) {
  const { t, lang } = useT()
  return (
    <span className="flex flex-col gap-1">
      <span>
        <strong>{t('formula')}:</strong> {item.formula[lang]}
      </span>
      <strong>{t('inputs')}:</strong>
      <span className="flex flex-col">
        {derivedInputs(report, item).map((i) => (
          <span key={i.id}>
            {i.label[lang]}: <Quantity value={i.value} unit={i.unit} />
            {i.derived && <> {t('derived')}</>}
          </span>
        ))}
      </span>
      {item.note && <span className="text-[var(--muted)]">{item.note[lang]}</span>}
    </span>
  )
}
