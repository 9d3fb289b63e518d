import { Quantity } from '@/components/quantity'
import { type DerivedLike, derivedInputs } from '@/lib/dataset/facts'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { colon } from '@/lib/i18n/languages'

// No chart code here: the Overview's first paint explains its derived gaps with this.

// A sum over a long filtered list cites every project; the formula already says how many.
const MAX_INPUTS = 8

/**
 * Formula, inputs and note of a derived figure: the body of its SourceButton. Inputs read by the
 * names a reader knows (a fact's label, a project's name, another derived figure's label).
 */
export function DerivedDetail({
  report,
  item,
  label,
}: {
  report: Report
  item: DerivedLike
  label?: string
}) {
  const { t, lang } = useT()
  const inputs = derivedInputs(report, item)
  const title = item.label?.[lang] ?? label
  return (
    <span className="flex flex-col gap-1" data-derived-detail={item.id ?? ''}>
      {title && <span className="font-semibold">{title}</span>}
      <span>
        <span className="text-muted">
          {t('formula')}
          {colon(lang)}
        </span>
        <code>{item.formula[lang]}</code>
      </span>
      <span className="text-muted">
        {t('inputs')}
        {colon(lang)}
      </span>
      <ul className="flex list-disc flex-col gap-0.5 pl-5">
        {inputs.slice(0, MAX_INPUTS).map((input) => (
          <li key={input.id}>
            {input.label[lang]}
            {input.value !== undefined && input.unit && (
              <>
                {colon(lang)}
                <Quantity value={input.value} unit={input.unit} />
              </>
            )}
            {input.derived && ` (${t('derived')})`}
          </li>
        ))}
        {inputs.length > MAX_INPUTS && <li>…</li>}
      </ul>
      {item.note && <span className="text-muted">{item.note[lang]}</span>}
    </span>
  )
}
