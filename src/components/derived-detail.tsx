import { Quantity } from '@/components/quantity'
import { derivedInputs } from '@/lib/dataset/facts'
import type { Derived, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'

// No Recharts here: the Overview's first paint explains its derived gaps with this.

/**
 * Formula, inputs and note of a derived figure: the body of its SourceButton. Inputs read by the
 * names a reader knows (a fact's label, a project's name, another derived figure's label).
 */
export function DerivedDetail({ report, item }: { report: Report; item: Derived }) {
  const { t, lang } = useT()
  return (
    <span className="flex flex-col gap-1" data-derived-detail={item.id}>
      <span className="font-semibold">{item.label[lang]}</span>
      <span>
        <span className="text-[var(--muted)]">{t('formula')}:</span> <code>{item.formula[lang]}</code>
      </span>
      <span className="text-[var(--muted)]">{t('inputs')}:</span>
      <ul className="flex list-disc flex-col gap-0.5 pl-5">
        {derivedInputs(report, item).map((input) => (
          <li key={input.id}>
            {input.label[lang]}: <Quantity value={input.value} unit={input.unit} />
            {input.derived && ` (${t('derived')})`}
          </li>
        ))}
      </ul>
      {item.note && <span className="text-[var(--muted)]">{item.note[lang]}</span>}
    </span>
  )
}
