import { RouteLink } from '@/components/route-link'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { AreaQuote } from '@/lib/report-model'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

/**
 * The report's own words for this area, each opening the Source screen at that passage; for an area
 * with nothing to quote, its paragraphs themselves (they are what the report says about it).
 */
export function QuoteList({
  quotes,
  passages,
  passageId,
  wide = false,
}: {
  quotes: readonly AreaQuote[]
  passages: readonly string[]
  passageId: string
  /** Across the page: the quotes flow in columns instead of one long list. */
  wide?: boolean
}) {
  const { t } = useT(messages)
  return (
    <div className="flex flex-col gap-2">
      {passages.map((p) => (
        <blockquote key={p} lang="zh-CN" className="m-0 border-line border-l-4 pl-2 text-sm leading-relaxed">
          {p}
        </blockquote>
      ))}
      {quotes.length > 0 && (
        <ul className={wide ? 'gap-x-6 lg:columns-2 2xl:columns-3' : 'flex flex-col gap-2'}>
          {quotes.map((q) => (
            <li
              key={q.quote}
              className={cx(
                'flex break-inside-avoid flex-col gap-0.5 border-line border-l-4 pl-2',
                wide && 'mb-2',
              )}
            >
              <q lang="zh-CN" className="text-sm leading-relaxed">
                {q.quote}
              </q>
              <RouteLink to={routes.source({ hl: q.ids[0] ?? '' })} className="link self-start text-xs">
                {t('quoteOpen')} →
              </RouteLink>
            </li>
          ))}
        </ul>
      )}
      <RouteLink to={routes.source({ hl: passageId })} className="link self-start text-sm">
        {t('passage')} →
      </RouteLink>
    </div>
  )
}
