import type { ReactNode } from 'react'
import { LedgerFigure, type LedgerSource } from '@/components/ledger-figure'
import { Panel } from '@/components/panel'
import { RouteLink } from '@/components/route-link'
import { StatusBadge } from '@/components/status-badge'
import { sectorLabel } from '@/lib/dataset/labels'
import type { Report } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { JoinedRow, LedgerSnapshot, Proposal as ProposalT } from '@/lib/ledger-model'
import { routes } from '@/lib/routes/routes'
import { statusMessages } from '@/lib/status/words'
import { userStore } from '@/lib/user-data'
import { HistoryPanel } from './history-panel'
import { ledgerMessages } from './i18n'
import type { LedgerState } from './use-ledger'

type Props = { report: Report; row: JoinedRow; ledger: LedgerState; showReportLink: boolean }

/** A ledger project's figures (each with its file, sheet, row and column), its status, history and match. */
export function LedgerDetail({ report, row, ledger, showReportLink }: Props) {
  const { t, lang } = useT(ledgerMessages)
  const snapshot = ledger.data?.snapshot as LedgerSnapshot
  const entry = row.entry
  if (!entry) return null
  const f = entry.fields
  const src = (field: string): LedgerSource => ({
    file: snapshot.file,
    sheet: entry.sheet,
    row: entry.row,
    column: snapshot.mapping?.[field],
    asOf: snapshot.asOf,
  })
  const money = (v: number, field: string, label: string) =>
    Number.isNaN(v) ? (
      <span className="text-muted">{t('detail.notGiven')}</span>
    ) : (
      <LedgerFigure value={v} label={label} source={src(field)} />
    )
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
      <Panel id="ledger-figures" title={t('detail.ledgerTitle', { asOf: snapshot.asOf })}>
        <p className="text-muted text-sm">
          {t('table.from', { file: snapshot.file, sheet: entry.sheet ?? '', row: entry.row })}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <Item label={t('field.sector')}>
            {f.industry ?? t('detail.notGiven')}
            {' → '}
            {row.sector ? (
              sectorLabel(row.sector, lang)
            ) : (
              <span className="text-bad">{t('charts.unmappedSector')}</span>
            )}
            <span className="ms-1 text-muted text-xs">({t(`detail.via.${row.sectorVia}`)})</span>
          </Item>
          <Item label={t('field.township')}>{f.township ?? t('detail.notGiven')}</Item>
          <Item label={t('field.nature')}>
            {f.nature ?? t('detail.notGiven')}
            {row.phase && <span className="ms-1 text-muted">({t(`phase.${row.phase}`)})</span>}
          </Item>
          <Item label={t('field.totalInvestment')}>
            {money(row.total, 'totalInvestment', t('field.totalInvestment'))}
          </Item>
          <Item label={t('field.planInvestment')}>
            {money(row.plan, 'planInvestment', t('field.planInvestment'))}
          </Item>
          <Item label={t('field.completedInvestment')}>
            {money(row.completed, 'completedInvestment', t('field.completedInvestment'))}
          </Item>
          {f.started && <Item label={t('field.start')}>{f.started}</Item>}
          <Item label={t('field.unit')}>{f.responsible ?? t('detail.notGiven')}</Item>
          {f.leader && <Item label={t('field.leader')}>{f.leader}</Item>}
          {f.section && <Item label={t('detail.section')}>{f.section}</Item>}
          {f.remarks && <Item label={t('field.remarks')}>{f.remarks}</Item>}
          {Object.entries(entry.extra ?? {}).map(([k, v]) => (
            <Item key={k} label={k}>
              {v}
            </Item>
          ))}
        </dl>
      </Panel>
      <StatusPanel row={row} asOf={snapshot.asOf} />
      <HistoryPanel reportId={report.id} name={entry.name} thresholds={ledger.thresholds} />
      <MatchPanel
        report={report}
        row={row}
        proposal={ledger.list.proposals.find((x) => x.ledgerName === entry.name && x.ledgerRow === entry.row)}
        showReportLink={showReportLink}
      />
    </div>
  )
}

function StatusPanel({ row, asOf }: { row: JoinedRow; asOf: string }) {
  const { t, lang } = useT(ledgerMessages)
  const { t: ts } = useT(statusMessages)
  const s = row.status
  const pct = (v: number) => formatQuantity(v, '%', lang, { decimals: 1 })
  return (
    <Panel id="ledger-status" title={t('detail.status')}>
      <p className="flex items-center gap-2 text-lg" data-testid="project-status">
        <StatusBadge
          light={row.light}
          noneText={s && s.light === null ? ts(`noLight.${s.reason}`) : undefined}
        />
      </p>
      {s && s.light !== null ? (
        <p className="text-sm">
          {ts('explain.lit', {
            actual: pct(s.compared.actual),
            expected: pct(s.compared.expected),
            gap: formatQuantity(s.gap, '百分点', lang, { decimals: 1, signed: true })
              .replace(/个百分点|pp/, '')
              .trim(),
            light: ts(`light.${s.light}`),
          })}
        </p>
      ) : null}
      <p className="text-muted text-sm">
        {ts('rule.project-vs-time.formula', {
          asOf,
          elapsed: s && s.light !== null ? pct(s.compared.expected) : '—',
        })}
      </p>
      {s && s.light !== null && (
        <p className="text-muted text-sm">{ts(`rule.project-vs-time.${s.light}`, { tol: s.tolerance })}</p>
      )}
    </Panel>
  )
}

function MatchPanel({
  report,
  row,
  proposal,
  showReportLink,
}: {
  report: Report
  row: JoinedRow
  proposal: ProposalT | undefined
  showReportLink: boolean
}) {
  const { t, lang } = useT(ledgerMessages)
  const entry = row.entry
  if (!entry) return null
  const decide = async (projectId: string, decision: 'confirmed' | 'rejected') =>
    (await userStore()).ledger.decideMatch({
      reportId: report.id,
      ledgerName: entry.name,
      reportProjectId: projectId,
      decision,
    })
  const p = row.project
  return (
    <Panel id="ledger-match" title={t('detail.match')}>
      {p ? (
        <>
          <p className="text-sm">
            {t(row.matchedBy === 'user' ? 'detail.matchedUser' : 'detail.matchedName', {
              name: p.name[lang],
            })}
          </p>
          <blockquote className="border-accent border-l-4 pl-3 text-sm leading-relaxed">
            <q>{p.quote}</q>
          </blockquote>
          <div className="flex flex-wrap gap-2 text-sm">
            {showReportLink && (
              <RouteLink to={routes.source({ hl: p.id })} className="link">
                {t('detail.openQuote')} →
              </RouteLink>
            )}
            <button type="button" className="link" onClick={() => void decide(p.id, 'rejected')}>
              {t('detail.unmatch')}
            </button>
          </div>
        </>
      ) : (
        <p className="text-muted text-sm">{t('detail.notInReport')}</p>
      )}
      {!p && proposal && <Proposal report={report} proposal={proposal} onDecide={decide} />}
    </Panel>
  )
}

/** An uncertain match of this ledger project, offered for the user to confirm or reject. */
function Proposal(p: {
  report: Report
  proposal: ProposalT
  onDecide: (id: string, d: 'confirmed' | 'rejected') => Promise<void>
}) {
  const { t, lang } = useT(ledgerMessages)
  const project = p.report.projects.find((x) => x.id === p.proposal.projectId)
  if (!project) return null
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>{t('detail.maybe', { name: project.name[lang], score: Math.round(p.proposal.score * 100) })}</p>
      <q className="line-clamp-3 text-muted">{project.quote}</q>
      <span className="flex gap-2">
        <button type="button" className="btn" onClick={() => void p.onDecide(project.id, 'confirmed')}>
          {t('matches.same')}
        </button>
        <button type="button" className="btn" onClick={() => void p.onDecide(project.id, 'rejected')}>
          {t('matches.different')}
        </button>
      </span>
    </div>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  )
}
