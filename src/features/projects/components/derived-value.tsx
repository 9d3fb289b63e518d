import { DerivedBadge } from '@/components/derived-badge'
import { Quantity } from '@/components/quantity'
import { SourceButton } from '@/components/source-button'
import { useT } from '@/lib/i18n'
import type { DerivedFigure } from '../model/totals'

/** A number computed here: marked derived, with its formula and inputs one click away. */
export function DerivedValue({ figure, label }: { figure: DerivedFigure; label: string }) {
  const { t, lang } = useT()
  const inputs = figure.inputs.length > 6 ? [...figure.inputs.slice(0, 6), '…'] : figure.inputs
  return (
    <span className="inline-flex items-center gap-1">
      <Quantity value={figure.value} unit={figure.unit} className="font-semibold tabular-nums" />
      <DerivedBadge />
      <SourceButton
        id={figure.item?.id ?? 'derived'}
        label={label}
        detail={
          <span className="flex flex-col gap-1">
            <span>
              {t('formula')}: <code>{figure.formula[lang]}</code>
            </span>
            <span className="text-[var(--muted)] text-xs">
              {t('inputs')}: {inputs.join(', ')}
            </span>
            {figure.note && <span className="text-xs">{figure.note[lang]}</span>}
          </span>
        }
      />
    </span>
  )
}
