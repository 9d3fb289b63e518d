import { memo, useRef } from 'react'
import { StatusBadge } from '@/components/status-badge'
import { cx } from '@/lib/cx'
import { sectorLabel } from '@/lib/dataset/labels'
import { formatQuantity, type Lang } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { JoinedRow, LedgerSnapshot } from '@/lib/ledger-model'
import type { LedgerSortKey } from '@/lib/routes/ledger-spec'
import { routes } from '@/lib/routes/routes'
import { useAnchorHref } from '@/lib/routes/use-href'
import { statusMessages } from '@/lib/status/words'
import { ROW_HEIGHT, SpacerRow, useRowWindow } from '../components/row-window'
import { type LT, ledgerMessages } from './i18n'
import type { JoinedSearch } from './use-joined-view'

const VIRTUAL_FROM = 200

type Props = { rows: readonly JoinedRow[]; search: JoinedSearch; snapshot: LedgerSnapshot | null }

const COLUMNS: { key: LedgerSortKey | null; label: string; numeric?: boolean; width: string }[] = [
  { key: 'name', label: 'table.name', width: 'w-[22%]' },
  { key: null, label: 'table.sector', width: 'w-[11%]' },
  { key: 'town', label: 'table.town', width: 'w-[10%]' },
  { key: 'unit', label: 'table.unit', width: 'w-[10%]' },
  { key: null, label: 'table.nature', width: 'w-[7%]' },
  { key: 'plan', label: 'table.plan', numeric: true, width: 'w-[10%]' },
  { key: 'completed', label: 'table.completed', numeric: true, width: 'w-[10%]' },
  { key: 'completion', label: 'table.completion', numeric: true, width: 'w-[8%]' },
  { key: 'gap', label: 'table.status', width: 'w-[12%]' },
]

/** The joined list: a real table, only the rows in view in the DOM for a large ledger. */
export function JoinedTable({ rows, search, snapshot }: Props) {
  const { t, lang } = useT(ledgerMessages)
  const { t: ts } = useT(statusMessages)
  // Why a row has no light: a short word in the narrow column, the full reason in its tooltip.
  const reasonOf = (r: JoinedRow) =>
    r.status === null ? 'not-in-ledger' : r.status.light === null ? r.status.reason : null
  const noLight = (r: JoinedRow) => {
    const why = reasonOf(r)
    return why ? ts(`noLight.${why}`) : ''
  }
  const noLightShort = (r: JoinedRow) => {
    const why = reasonOf(r)
    return why ? t(`table.noLight.${why}`) : ''
  }
  const scrollRef = useRef<HTMLDivElement>(null)
  const { virtual, shown, before, after } = useRowWindow(rows.length, VIRTUAL_FROM, scrollRef)
  const href = useAnchorHref()
  const where = (r: JoinedRow) =>
    r.entry && snapshot
      ? t('table.from', { file: snapshot.file, sheet: r.entry.sheet ?? '', row: r.entry.row })
      : ''
  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded border border-line"
      data-virtual={virtual}
    >
      <table
        className="w-full table-fixed border-collapse text-sm"
        aria-rowcount={rows.length + 1}
        data-testid="joined-table"
      >
        <caption className="sr-only">{t('table.caption')}</caption>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} className={c.width} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-card shadow-[0_1px_0_var(--border)]">
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <Header
                key={c.label}
                column={c.key}
                label={t(c.label as never)}
                numeric={c.numeric}
                search={search}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={COLUMNS.length} />
          {shown.map((i) => {
            const r = rows[i]
            if (!r) return null
            return (
              <Row
                key={r.id}
                row={r}
                index={i}
                href={href(routes.project(r.id, search.view))}
                where={where(r)}
                reason={noLight(r)}
                reasonShort={noLightShort(r)}
                lang={lang}
                t={t}
              />
            )
          })}
          <SpacerRow height={after} columns={COLUMNS.length} />
        </tbody>
      </table>
    </div>
  )
}

function Header(p: {
  column: LedgerSortKey | null
  label: string
  numeric?: boolean | undefined
  search: JoinedSearch
}) {
  const { t } = useT(ledgerMessages)
  const { order, odir } = p.search.values
  const cls = cx('px-2 py-1.5 font-semibold', p.numeric ? 'text-right' : 'text-left')
  if (!p.column)
    return (
      <th scope="col" className={cls}>
        {p.label}
      </th>
    )
  const active = order === p.column
  // Numbers and the status start with the largest / the furthest behind; a third click restores the ledger's order.
  const first = p.numeric ? 'desc' : 'asc'
  const next = !active
    ? { order: p.column, odir: first as 'asc' | 'desc' }
    : odir === first
      ? { order: p.column, odir: (first === 'asc' ? 'desc' : 'asc') as 'asc' | 'desc' }
      : { order: 'ledger' as const, odir: 'asc' as const }
  return (
    <th
      scope="col"
      aria-sort={active ? (odir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={cls}
    >
      <button
        type="button"
        className={cx('inline-flex items-center gap-1 hover:underline', p.numeric && 'flex-row-reverse')}
        title={t('table.sortBy', { column: p.label })}
        onClick={() => p.search.update(next)}
      >
        {p.label}
        <span aria-hidden="true" className={active ? '' : 'text-muted opacity-60'}>
          {active ? (odir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

type RowProps = {
  row: JoinedRow
  index: number
  href: string
  where: string
  reason: string
  /** The reason in a word or two, for the narrow status column (strings, so the memo holds). */
  reasonShort: string
  lang: Lang
  t: LT
}

const Row = memo(function Row({ row: r, index, href, where, reason, reasonShort, lang, t }: RowProps) {
  const money = (v: number) => (Number.isNaN(v) ? '' : formatQuantity(v, '万元', lang))
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      style={{ height: ROW_HEIGHT }}
      className="border-line border-b last:border-0 hover:bg-page"
    >
      <th
        scope="row"
        className="truncate px-2 text-left font-normal"
        title={where ? `${r.name} · ${where}` : r.name}
      >
        {/* A plain link to the hash route, as the report's list has (../components/project-table.tsx). */}
        <a href={href} className="link">
          {r.name}
        </a>
        {r.origin !== 'ledger' && (
          <span className="badge ms-1" title={t(`origin.${r.origin}`)}>
            {t(r.origin === 'both' ? 'table.inReport' : 'table.reportOnly')}
          </span>
        )}
      </th>
      <td className="truncate px-2" title={r.industry}>
        {r.sector ? sectorLabel(r.sector, lang) : <span className="text-bad">{r.industry ?? ''}</span>}
      </td>
      <td className="truncate px-2">{r.township ?? ''}</td>
      <td className="truncate px-2">{r.unit ?? ''}</td>
      <td className="truncate px-2">{r.entry?.fields.nature ?? ''}</td>
      <td className="truncate px-2 text-right tabular-nums" title={where}>
        {money(r.plan)}
      </td>
      <td className="truncate px-2 text-right tabular-nums" title={where}>
        {money(r.completed)}
      </td>
      <td className="truncate px-2 text-right tabular-nums">
        {Number.isNaN(r.completion) ? '' : formatQuantity(r.completion, '%', lang, { decimals: 1 })}
      </td>
      <td className="truncate px-2" title={reason}>
        <StatusBadge light={r.light} noneText={reasonShort} />
      </td>
    </tr>
  )
})
