import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react'
import { InferredMark } from '@/components/derived-badge'
import { QuantityIn } from '@/components/quantity'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Report } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { useAnchorHref, useGo } from '@/lib/routes/use-href'
import { messages } from '../i18n'
import { rowFacets } from '../model/first-paint'
import type { Row } from '../model/rows'
import { ROW_HEIGHT, SpacerRow, useRowWindow } from './row-window'
import { SortHeader } from './sort-header'
import type { ProjectsSearch } from './use-projects-view'

/** Up to this many rows the table is rendered whole: a plain table, nothing virtual about it. */
export const VIRTUAL_FROM = 300

type Props = { rows: readonly Row[]; report: Report; search: ProjectsSearch }

/**
 * The project list: a real <table> with sortable headers, a roving focus (arrow keys between rows,
 * Enter opens), and, for large datasets, only the rows in view in the DOM (spacer rows keep the
 * scroll height honest; aria-rowcount/aria-rowindex keep the count honest for screen readers).
 */
export function ProjectTable({ rows, report, search }: Props) {
  const { t, lang } = useT(messages)
  const inferred = useT().t('inferred')
  const scrollRef = useRef<HTMLDivElement>(null)
  const { virtual, virtualizer, shown, before, after } = useRowWindow(rows.length, VIRTUAL_FROM, scrollRef)
  const [active, setActive] = useState(0)
  const focusPending = useRef(false)
  const go = useGo()
  const href = useAnchorHref()
  const sections = useMemo(() => new Map(report.sections.map((s) => [s.id, s.title])), [report])
  const clamped = Math.min(active, Math.max(rows.length - 1, 0))

  useEffect(() => {
    if (!focusPending.current) return
    focusPending.current = false
    if (virtual) virtualizer.scrollToIndex(clamped, { align: 'auto' })
    // The row may only exist after the virtualizer re-renders: focus it on the next frame.
    const id = requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${clamped}"]`)?.focus(),
    )
    return () => cancelAnimationFrame(id)
  }, [clamped, virtual, virtualizer])

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: clamped + 1,
      ArrowUp: clamped - 1,
      PageDown: clamped + page,
      PageUp: clamped - page,
      Home: 0,
      End: rows.length - 1,
    }
    const to = moves[e.key]
    if (to !== undefined) {
      e.preventDefault()
      focusPending.current = true
      setActive(Math.max(0, Math.min(rows.length - 1, to)))
    } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'TR') {
      const row = rows[clamped]
      if (row) go(routes.project(row.project.id, search.view))
    }
  }

  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded border border-line"
      data-virtual={virtual}
      data-facet-list=""
    >
      <table className="w-full table-fixed border-collapse text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">
          {t('table.caption')} ({t('table.keys')})
        </caption>
        <colgroup>
          <col className="w-[38%]" />
          <col className="w-[15%]" />
          <col className="w-[17%]" />
          <col className="w-[12%]" />
          <col className="w-[18%]" />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-card shadow-[0_1px_0_var(--border)]">
          <tr aria-rowindex={1}>
            <SortHeader column="name" search={search} />
            <SortHeader column="sector" search={search} />
            <SortHeader column="stage" search={search} />
            <SortHeader column="investment" search={search} numeric />
            <SortHeader column="section" search={search} />
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <SpacerRow height={before} columns={5} />
          {shown.map((i) => {
            const row = rows[i]
            if (!row) return null
            const p = row.project
            return (
              <ProjectRow
                key={p.id}
                row={row}
                index={i}
                tabbable={i === clamped}
                onFocusRow={setActive}
                href={href(routes.project(p.id, search.view))}
                section={sections.get(p.sectionId)?.[lang]}
                lang={lang}
                unstated={t('table.unstated')}
                inferred={inferred}
              />
            )
          })}
          <SpacerRow height={after} columns={5} />
        </tbody>
      </table>
    </div>
  )
}

type RowProps = {
  row: Row
  index: number
  tabbable: boolean
  onFocusRow: (index: number) => void
  href: string
  section: string | undefined
  lang: Lang
  unstated: string
  inferred: string
}

/**
 * One project. Memoised: a re-render of the table (deferred charts, focus moves) skips unchanged rows.
 * Pure: its words, language and link come from the table, so no row subscribes to a store (the
 * language, the location) and 48 rows hydrate and go without a few hundred effects.
 */
const ProjectRow = memo(function ProjectRow({
  row,
  index,
  tabbable,
  onFocusRow,
  href,
  section,
  lang,
  unstated,
  inferred,
}: RowProps) {
  const p = row.project
  return (
    <tr
      data-index={index}
      data-facets={rowFacets(row)}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocusRow(index)}
      style={{ height: ROW_HEIGHT }}
      className="border-line border-b outline-offset-[-3px] last:border-0 hover:bg-page focus-visible:bg-page"
    >
      <th scope="row" className="truncate px-2 text-left font-normal" title={p.name[lang]}>
        {/* A plain link to the hash route: the browser's own hash navigation is the app's (hash-location). */}
        <a href={href} className="link" tabIndex={-1}>
          {p.name[lang]}
        </a>
      </th>
      <td className="truncate px-2">
        {sectorLabel(p.sector, lang)} {!p.sectorStated && <InferredMark label={inferred} />}
      </td>
      <td className="truncate px-2" title={p.stageText}>
        {stageLabel(p.stage, lang)} {!p.stageStated && <InferredMark label={inferred} />}
      </td>
      <td className="truncate px-2 text-right tabular-nums">
        {p.investment ? (
          <QuantityIn value={p.investment.value} unit={p.investment.unit} lang={lang} />
        ) : (
          <span className="text-muted">{unstated}</span>
        )}
      </td>
      <td className="truncate px-2 text-muted" title={section}>
        {section}
      </td>
    </tr>
  )
})
