import { lazy, type ReactNode, Suspense } from 'react'
import { InferredBadge } from '@/components/derived-badge'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Notice, ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { Quantity } from '@/components/quantity'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { ScreenBoundary } from '@/components/screen-boundary'
import { SourceButton } from '@/components/source-button'
import { loadCode } from '@/lib/code-load/load-code'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Report } from '@/lib/dataset/schema'
import { clip } from '@/lib/format/clip'
import { useT } from '@/lib/i18n'
import { langTag, nextLang } from '@/lib/i18n/languages'
import { routes } from '@/lib/routes/routes'
import { useSearchState } from '@/lib/routes/use-search-state'
import { hasLedger } from '@/lib/user-data/hint'
import { messages } from '../i18n'
import { pendingOf, usePendingLedger } from '../ledger/store'
import { type ProjectDetail, projectDetail } from '../model/detail'
import { projectsSpec } from '../model/filter-spec'
import { StageTimeline } from './stage-timeline'

// The ledger's part of a project page loads apart: a county without a ledger never needs it. Code
// that does not arrive: a ledger project's page says so (the screen's boundary), a report project's
// page says so where the ledger section would be and keeps the report's figures.
const ledgerPage = () => loadCode(() => import('../ledger/ledger-project-page'))
const LedgerProjectPage = lazy(() => ledgerPage().then((m) => ({ default: m.LedgerProjectPage })))
const LedgerSection = lazy(() => ledgerPage().then((m) => ({ default: m.LedgerSection })))

export function ProjectDetailPage({ id: raw }: { id: string }) {
  const id = decodeId(raw)
  return (
    <ReportGate>
      {(report) =>
        // A project only the county's ledger has; a report project also shows its ledger figures.
        isLedgerId(id) ? (
          <LedgerProjectPage report={report} id={id} />
        ) : (
          <ProjectDetailView report={report} id={id} />
        )
      }
    </ReportGate>
  )
}

const isLedgerId = (id: string) => id.startsWith('ledger:')

/**
 * The router decodes a path with decodeURI, which leaves reserved characters encoded (%3A for the ':'
 * of a ledger id, %2F for a '/' in a project's name); the route builder encoded the whole segment.
 */
function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

function ProjectDetailView({ report, id }: { report: Report; id: string }) {
  const { t, lang } = useT(messages)
  // The list's filters ride along in the detail URL, so "back to the list" restores them.
  const { view, rejected } = useSearchState(projectsSpec)
  const detail = projectDetail(report, id)
  // The ledger's part loads only for a county that has one (the first-paint hint) or is importing one.
  const importing = usePendingLedger((s) => pendingOf(s, report.id) !== undefined)
  const withLedger = importing || hasLedger(report.id)
  const back = (
    <RouteLink to={routes.projects(view)} className="link self-start text-sm">
      ← {t('detail.back')}
    </RouteLink>
  )
  if (!detail)
    return (
      <div className="flex flex-col gap-3">
        <Notice>{t('detail.notFound', { id: clip(id) })}</Notice>
        {back}
      </div>
    )
  const { project: p, section, sameSector, exampleOf } = detail
  const other = nextLang(lang)
  return (
    <article className="screen-col flex flex-col gap-3">
      {back}
      <ParamNotice rejected={rejected} />
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="font-bold text-xl">{p.name[lang]}</h1>
        <p lang={langTag(other)} className="text-muted">
          {p.name[other]}
        </p>
      </header>
      {/* From 1536 px wide, two columns: the project itself on the left; its sector's other projects and its ledger rows on the right. */}
      <div className="grid gap-3 2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] 2xl:items-start">
        <div className="flex min-w-0 flex-col gap-3">
          <section className="card grid gap-4 p-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="flex flex-col gap-2">
              <h2 className="font-semibold text-base">{t('detail.stage')}</h2>
              <StageTimeline project={p} />
              <p className="m-0 text-sm">
                <span className="text-muted">{t('detail.stageText')} </span>
                <q>{p.stageText}</q>
              </p>
            </div>
            <dl className="grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-1.5 text-sm">
              <Item label={t('detail.kind')}>{t(`detail.kinds.${p.kind}`)}</Item>
              <Item label={t('detail.sector')}>
                {sectorLabel(p.sector, lang)} {!p.sectorStated && <InferredBadge />}
              </Item>
              <Item label={t('detail.investment')}>
                {p.investment ? (
                  <span className="inline-flex items-center gap-1">
                    <Quantity value={p.investment.value} unit={p.investment.unit} className="font-semibold" />
                    <SourceButton
                      id={p.id}
                      label={`${p.name[lang]} ${t('detail.investment')}`}
                      quote={p.quote}
                    />
                  </span>
                ) : (
                  <span className="text-muted">{t('detail.investmentUnstated')}</span>
                )}
              </Item>
              {p.location && <Item label={t('detail.location')}>{p.location[lang]}</Item>}
              {section && <Item label={t('detail.section')}>{section.title[lang]}</Item>}
            </dl>
          </section>
          <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            <Panel id="project-quote" title={t('detail.quote')}>
              <blockquote className="border-accent border-l-4 pl-3 leading-relaxed">
                <q>{p.quote}</q>
              </blockquote>
              <RouteLink to={routes.source({ hl: p.id })} className="link self-start text-sm">
                {t('detail.openSource')} →
              </RouteLink>
              {exampleOf.map((s) => (
                <p key={s.stage} className="text-sm">
                  {t('detail.pipelineExample', { stage: stageLabel(s.stage, lang), count: s.count.value })}
                </p>
              ))}
            </Panel>
            <Related report={report} detail={detail} />
          </div>
        </div>
        <Panel title={t('detail.sameSector')}>
          {sameSector.length ? (
            <ul className="grid grid-cols-1 gap-x-6 gap-y-1.5 text-sm md:grid-cols-2 2xl:grid-cols-1">
              {sameSector.map((o) => (
                <li key={o.id} className="flex items-center justify-between gap-2">
                  <RouteLink to={routes.project(o.id, view)} className="link">
                    {o.name[lang]}
                  </RouteLink>
                  <span className="shrink-0 text-muted">
                    {stageLabel(o.stage, lang)}
                    {o.investment && (
                      <>
                        {' · '}
                        <Quantity value={o.investment.value} unit={o.investment.unit} />
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted text-sm">{t('detail.noSameSector')}</p>
          )}
        </Panel>
        {withLedger && (
          <ScreenBoundary variant="inline">
            <Suspense fallback={null}>
              <LedgerSection report={report} id={p.id} />
            </Suspense>
          </ScreenBoundary>
        )}
      </div>
    </article>
  )
}

/** The figures the report ties to this project (the rule is in ../model/related.ts), and the way on. */
function Related({ report, detail }: { report: Report; detail: ProjectDetail }) {
  const { t, lang } = useT(messages)
  const { related, area } = detail
  return (
    <Panel id="project-related" title={t('detail.related')}>
      {related.length ? (
        <ul className="flex flex-col gap-2 text-sm">
          {related.map((r) => (
            <li
              key={r.kind === 'fact' ? r.fact.id : r.item.id}
              className="flex items-center justify-between gap-2"
            >
              <span className="flex flex-col">
                <span>{r.kind === 'fact' ? r.fact.label[lang] : r.item.label[lang]}</span>
                <span className="text-muted text-xs">{t(`detail.why.${r.why}`)}</span>
              </span>
              {r.kind === 'fact' ? (
                <FactFigure fact={r.fact} className="shrink-0" valueClassName="font-semibold" />
              ) : (
                <DerivedFigure
                  item={r.item}
                  report={report}
                  className="shrink-0"
                  valueClassName="font-semibold"
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted text-sm">{t('detail.noRelated')}</p>
      )}
      {area && (
        <RouteLink to={routes.area(area.id)} className="link self-start text-sm">
          {t('detail.areaFigures', { area: area.label[lang] })} →
        </RouteLink>
      )}
    </Panel>
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
