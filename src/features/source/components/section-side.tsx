import { Link } from 'wouter'
import { FactFigure } from '@/components/fact-figure'
import type { Report, Section } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { ordinal } from '@/lib/i18n/languages'
import { messages } from '../i18n'
import { figureCounts, sectionFigures } from '../model/section-figures'

type Props = {
  report: Report
  /** The sections found in the text (a figure whose section is not found has no passage to open). */
  sections: readonly Section[]
  /** The section being read (?sec=, or the highlighted item's); '' for none. */
  active: string
  sectionHref: (id: string) => string
  highlightHref: (id: string) => string
}

/**
 * The side column of a wide screen (≥1536 px; hidden below): the figures of the section being read, each
 * a link that highlights its passage; with no section chosen, the outline with each section's count.
 */
export function SectionSide({ report, sections, active, sectionHref, highlightHref }: Props) {
  const { t, lang } = useT(messages)
  const section = sections.find((s) => s.id === active)
  const title = (s: Section) => `${s.ordinal ? `(${ordinal(s.ordinal, lang)}) ` : ''}${s.title[lang]}`
  if (!section) {
    const counts = figureCounts(report)
    return (
      <nav aria-label={t('side.outline')} className="text-sm">
        <h2 className="mb-1 font-semibold">{t('side.outline')}</h2>
        <ol className="flex flex-col gap-0.5">
          {sections.map((s) => (
            <li key={s.id}>
              <Link
                href={sectionHref(s.id)}
                className="flex justify-between gap-2 rounded px-2 py-0.5 text-fg no-underline hover:bg-line"
              >
                <span>{title(s)}</span>
                <span className="shrink-0 text-muted tabular-nums">
                  {t('side.count', { count: counts.get(s.id) ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    )
  }
  const figures = sectionFigures(report, section.id)
  return (
    <section aria-label={t('side.figures', { section: title(section) })} className="text-sm">
      <h2 className="mb-1 font-semibold">{t('side.figures', { section: title(section) })}</h2>
      {figures.length === 0 ? (
        <p className="text-muted">{t('side.none')}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {figures.map((f) => (
            <li key={f.id} className="flex items-baseline justify-between gap-2 border-line border-b pb-1">
              <Link href={highlightHref(f.id)} className="link min-w-0">
                {f.label[lang]}
              </Link>
              <FactFigure fact={f} source={false} className="shrink-0" valueClassName="font-semibold" />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
