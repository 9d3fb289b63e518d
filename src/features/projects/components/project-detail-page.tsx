import { lazy, type ReactNode, Suspense } from 'react'
import { InferredBadge } from '@/components/derived-badge'
import { FactFigure } from '@/components/fact-figure'
import { Notice, ParamNotice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { Quantity } from '@/components/quantity'
import { ReportGate } from '@/components/report-gate'
import { RouteLink } from '@/components/route-link'
import { SourceButton } from '@/components/source-button'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { langTag, nextLang } from '@/lib/i18n/languages'
import { routes } from '@/lib/routes/routes'
import { useSearchState } from '@/lib/routes/use-search-state'
import { messages } from '../i18n'
import { projectDetail } from '../model/detail'
import { projectsSpec } from '../model/filter-spec'

// The ledger's part of a project page loads apart: a county without a ledger never needs it.
const LedgerProjectPage = lazy(() =>
  import('../ledger/ledger-project-page').then((m) => ({ default: m.LedgerProjectPage })),
)
const LedgerSection = lazy(() =>
  import('../ledger/ledger-project-page').then((m) => ({ default: m.LedgerSection })),
)

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
  const back = (
    <RouteLink to={routes.projects(view)} className="link self-start text-sm">
      ← {t('detail.back')}
    </RouteLink>
  )
  if (!detail)
    return (
      <div className="flex flex-col gap-3">
        <Notice>{t('detail.notFound', { id })}</Notice>
        {back}
      </div>
    )
  const { project: p, area, section, sameSector, exampleOf } = detail
  const figures = area?.facts ?? []
  const other = nextLang(lang)
  return (
    <article className="flex flex-col gap-3">
      {back}
      <ParamNotice rejected={rejected} />
      <header>
        <h1 className="font-bold text-xl">{p.name[lang]}</h1>
        <p lang={langTag(other)} className="text-muted">
          {p.name[other]}
        </p>
      </header>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <Panel id="project-quote" title={t('detail.quote')}>
          <blockquote className="border-accent border-l-4 pl-3 leading-relaxed">
            <q>{p.quote}</q>
          </blockquote>
          <div className="flex items-center gap-2 text-sm">
            <SourceButton id={p.id} label={p.name[lang]} quote={p.quote} />
            <RouteLink to={routes.source({ hl: p.id })} className="link">
              {t('detail.openSource')} →
            </RouteLink>
          </div>
          {exampleOf.map((s) => (
            <p key={s.stage} className="text-sm">
              {t('detail.pipelineExample', { stage: stageLabel(s.stage, lang), count: s.count.value })}{' '}
              <SourceButton id={s.count.id} label={s.count.label[lang]} quote={s.count.quote} />
            </p>
          ))}
        </Panel>
        <Panel title={p.name[lang]}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            <Item label={t('detail.kind')}>{t(`detail.kinds.${p.kind}`)}</Item>
            <Item label={t('detail.sector')}>
              {sectorLabel(p.sector, lang)} {!p.sectorStated && <InferredBadge />}
            </Item>
            <Item label={t('detail.stage')}>
              {stageLabel(p.stage, lang)} {!p.stageStated && <InferredBadge />}
            </Item>
            <Item label={t('detail.stageText')}>
              <q>{p.stageText}</q>
            </Item>
            {p.investment && (
              <Item label={t('detail.investment')}>
                <span className="inline-flex items-center gap-1">
                  <Quantity value={p.investment.value} unit={p.investment.unit} className="font-semibold" />
                  <SourceButton
                    id={p.id}
                    label={`${p.name[lang]} ${t('detail.investment')}`}
                    quote={p.quote}
                  />
                </span>
              </Item>
            )}
            {p.location && <Item label={t('detail.location')}>{p.location[lang]}</Item>}
            {section && <Item label={t('detail.section')}>{section.title[lang]}</Item>}
          </dl>
        </Panel>
        <Panel title={t('detail.metrics', { area: area?.area.label[lang] ?? p.areaId })}>
          {figures.length ? (
            <ul className="flex flex-col gap-2 text-sm">
              {figures.map(({ fact, rate }) => (
                <li key={fact.id} className="flex items-center justify-between gap-2">
                  <span>{fact.label[lang]}</span>
                  <FactFigure fact={fact} rate={rate} className="shrink-0" valueClassName="font-semibold" />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted text-sm">{t('detail.noMetrics')}</p>
          )}
        </Panel>
        <Panel title={t('detail.sameSector')}>
          {sameSector.length ? (
            <ul className="flex flex-col gap-2 text-sm">
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
      </div>
      <Suspense fallback={null}>
        <LedgerSection report={report} id={p.id} />
      </Suspense>
    </article>
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
