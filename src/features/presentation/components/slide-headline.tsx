import { Fragment, type ReactNode } from 'react'
import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Derived, Fact, Report, Stage } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { formatList } from '@/lib/i18n/languages'
import { messages, type T } from '../i18n'
import type { Headline } from '../model/headlines'
import type { AreaFigure } from '../model/slides'

// A slide's headline in words, each number drawn by its figure component (without the info mark:
// the audience sees the content; the presenter's S key shows the sources).

const SLOT = '\u0001'

/** A message whose {placeholders} are React nodes: translated with markers, then split at them. */
function rich(t: T, key: Parameters<T>[0], values: Record<string, ReactNode>): ReactNode {
  const marked = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' || typeof v === 'number' ? v : `${SLOT}${k}${SLOT}`,
    ]),
  )
  const parts = t(key, marked).split(SLOT)
  return parts.map((part, i) =>
    // Odd parts are slot names.
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, in order
    i % 2 ? <Fragment key={i}>{values[part]}</Fragment> : part,
  )
}

const Fig = ({ fact, rate }: { fact: Fact; rate?: boolean }) => (
  <FactFigure fact={fact} rate={rate} source={false} valueClassName="text-accent" />
)
const Der = ({ item, report, signed }: { item: Derived; report: Report; signed?: boolean }) => (
  <DerivedFigure
    item={item}
    report={report}
    signed={signed}
    source={false}
    badge={false}
    valueClassName="text-accent"
  />
)

function AreaFig({ f, report }: { f: AreaFigure; report: Report }) {
  return f.kind === 'fact' ? (
    <Fig fact={f.item.fact} rate={f.item.rate} />
  ) : (
    <Der item={f.item} report={report} />
  )
}

export function SlideHeadline({ headline, report }: { headline: Headline; report: Report }) {
  const { t, lang } = useT(messages)
  const year = report.year
  const review = year - 1
  const h = headline
  switch (h.key) {
    case 'kpis':
      return rich(t, 'headline.kpis', {
        name: h.lead.label[lang],
        level: <Fig fact={h.lead.actual} />,
        growth: <Fig fact={h.lead.growth} rate />,
        above: h.above,
        total: h.total,
        year,
        review,
      })
    case 'targets':
      return (
        <>
          {rich(t, 'headline.targets', {
            name: h.top.label[lang],
            gap: <Der item={h.top.gap} report={report} />,
          })}
          {h.below.length > 0 &&
            t('headline.targetsBelow', {
              names: formatList(
                h.below.map((r) => r.label[lang]),
                lang,
              ),
              review,
            })}
        </>
      )
    case 'monitor':
      return t('headline.monitor', {
        red: h.red,
        yellow: h.yellow,
        worst: h.worst ? h.worst.target.label[lang] : '',
        hasWorst: h.worst ? 'yes' : 'no',
      })
    case 'monitorOk':
      return t('headline.monitorOk', { green: h.green })
    case 'projects':
      return (
        <>
          {h.started &&
            rich(t, h.part ? 'headline.projects' : 'headline.projectsStarted', {
              started: <Fig fact={h.started} />,
              ...(h.part
                ? { part: <Fig fact={h.part.fact} />, stage: stageLabel(h.part.stage as Stage, lang) }
                : {}),
            })}
          {h.signed &&
            h.landed &&
            rich(t, h.started ? 'headline.projectsChain' : 'headline.projectsChainOnly', {
              signed: <Fig fact={h.signed} />,
              landed: <Fig fact={h.landed} />,
            })}
        </>
      )
    case 'ledger':
      return t(h.lowest ? 'headline.ledger' : 'headline.ledgerNoSector', {
        red: h.red,
        total: h.total,
        sector: h.lowest ? (h.lowest.sector ? sectorLabel(h.lowest.sector, lang) : t('ledger.unmapped')) : '',
        completion: h.lowest ? formatQuantity(h.lowest.completion, '%', lang, { decimals: 1 }) : '',
      })
    case 'area': {
      const label = (f: AreaFigure) =>
        f.kind === 'fact' ? f.item.fact.label[lang] : (f.item.label?.[lang] ?? '')
      const lead = h.second
        ? rich(t, 'headline.areaPair', {
            a: label(h.lead),
            x: <AreaFig f={h.lead} report={report} />,
            b: label(h.second),
            y: <AreaFig f={h.second} report={report} />,
          })
        : rich(t, 'headline.areaLead', { a: label(h.lead), x: <AreaFig f={h.lead} report={report} /> })
      return (
        <>
          {lead}
          {h.projects > 0
            ? t('headline.areaProjects', { count: h.projects })
            : h.figures > 1 && !h.second
              ? t('headline.areaMore', { count: h.figures })
              : null}
        </>
      )
    }
    case 'problems':
      return t('headline.problems', { count: h.count })
    case 'tasks':
      return t(h.truncated ? 'headline.tasksTruncated' : 'headline.tasks', { count: h.count, year })
  }
}
