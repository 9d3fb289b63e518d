import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { NoteEntry } from '../model/notes'

/**
 * A slide's figures with where each comes from: the report's verbatim words, or a derived figure's
 * formula, or the user's file. The sources overlay (S) and the presenter view's notes show this list.
 */
export function NotesList({
  notes,
  report,
  className,
}: {
  notes: NoteEntry[]
  report: Report
  className?: string
}) {
  const { t, lang } = useT(messages)
  if (!notes.length) return <p className={cx('text-muted', className)}>{t('chrome.sourcesNone')}</p>
  return (
    <ul className={cx('flex flex-col gap-[0.8em]', className)} data-notes="">
      {notes.map((n) => (
        <li key={n.id} className="flex flex-col gap-[0.2em] border-line/50 border-b pb-[0.6em] last:border-0">
          {n.kind === 'fact' && (
            <>
              <span className="flex flex-wrap items-baseline gap-x-[0.6em]">
                <span className="font-semibold">{n.label[lang]}</span>
                <FactFigure
                  fact={n.fact}
                  rate={n.rate}
                  source={false}
                  valueClassName="font-bold text-accent"
                />
              </span>
              <q className="text-muted">{n.fact.quote}</q>
            </>
          )}
          {n.kind === 'derived' && (
            <>
              <span className="flex flex-wrap items-baseline gap-x-[0.6em]">
                <span className="font-semibold">{n.label?.[lang]}</span>
                <DerivedFigure
                  item={n.item}
                  report={report}
                  source={false}
                  valueClassName="font-bold text-accent"
                />
              </span>
              <span className="text-muted">{t('chrome.derived', { formula: n.item.formula[lang] })}</span>
            </>
          )}
          {n.kind === 'passage' && (
            <>
              <span className="font-semibold">{n.label[lang]}</span>
              <q className="text-muted">{n.quote}</q>
            </>
          )}
          {n.kind === 'user' && <span className="text-muted">{n.text}</span>}
        </li>
      ))}
    </ul>
  )
}
