import { Quantity } from '@/components/quantity'
import { statedFacts } from '@/lib/dataset/facts'
import type { Derived, Report } from '@/lib/dataset/schema'
import type { Unit } from '@/lib/format/units'
import { useT } from '@/lib/i18n'

// Lives beside the chart wrappers because Overview and Targets both explain derived figures and a
// feature may not import another; it carries no Recharts, so the Overview's first paint can use it.

type Input = { id: string; label: { zh: string; en: string }; value: number; unit: Unit; derived: boolean }
type Lookup = { derived: Map<string, Derived>; inputs: Map<string, Input> }

const cache = new WeakMap<Report, Lookup>()

function lookup(report: Report): Lookup {
  const hit = cache.get(report)
  if (hit) return hit
  const inputs = new Map<string, Input>()
  for (const { item } of statedFacts(report)) inputs.set(item.id, { ...item, derived: false })
  for (const d of report.derived) inputs.set(d.id, { ...d, derived: true })
  const made = { derived: new Map(report.derived.map((d) => [d.id, d])), inputs }
  cache.set(report, made)
  return made
}

/** A derived item of the report by id (undefined when this report has none). */
export function findDerived(report: Report, id: string): Derived | undefined {
  return lookup(report).derived.get(id)
}

/** Formula, inputs and note of a derived figure: the body of its SourceButton. */
export function DerivedDetail({ report, id }: { report: Report; id: string }) {
  const { t, lang } = useT()
  const { derived, inputs } = lookup(report)
  const item = derived.get(id)
  if (!item) return null
  return (
    <span className="flex flex-col gap-1" data-derived-detail={id}>
      <span className="font-semibold">{item.label[lang]}</span>
      <span>
        <span className="text-[var(--muted)]">{t('formula')}:</span> <code>{item.formula[lang]}</code>
      </span>
      <span className="text-[var(--muted)]">{t('inputs')}:</span>
      <ul className="flex list-disc flex-col gap-0.5 pl-5">
        {item.inputs.map((inputId) => {
          const input = inputs.get(inputId)
          return (
            <li key={inputId}>
              {input ? (
                <>
                  {input.label[lang]}: <Quantity value={input.value} unit={input.unit} />
                  {input.derived && ` (${t('derived')})`}
                </>
              ) : (
                <code>{inputId}</code>
              )}
            </li>
          )
        })}
      </ul>
      {item.note && <span className="text-[var(--muted)]">{item.note[lang]}</span>}
    </span>
  )
}
