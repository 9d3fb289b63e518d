import { sectorLabel } from '@/lib/dataset/labels'
import type { Report, Sector } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import type { Slide } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { Pipeline } from './pipeline'
import { SlideBarChart } from './slide-bar-chart'

type ProjectsSlideData = Extract<Slide, { kind: 'projects' }>
type Props = { slide: ProjectsSlideData; report: Report; source: string }

export function ProjectsSlide({ slide, report, source }: Props) {
  const { t, lang } = useT(messages)
  const sectorName = (s: Sector) => sectorLabel(s, lang)
  const top = slide.bySector[0]
  return (
    <SlideFrame title={t('slides.projects')}>
      <div className="grid min-h-0 flex-1 grid-cols-[1.1fr_1fr] gap-[calc(var(--u)*4)]">
        <Pipeline view={slide.pipeline} report={report} />
        <SlideBarChart
          title={t('projects.chart', { count: slide.named })}
          unit={t('projects.unit')}
          source={source}
          summary={t('projects.summary', {
            count: slide.named,
            top: top ? sectorName(top.sector) : '',
            topCount: top?.count ?? 0,
          })}
          name="projects-by-sector"
          data={slide.bySector.map((r) => ({ name: sectorName(r.sector), count: r.count }))}
          categories={[{ key: 'count', label: t('projects.count'), color: 'c1' }]}
          valueFormatter={(v) => formatQuantity(v, '个', lang)}
          tableFormatter={(v) => v}
        />
      </div>
    </SlideFrame>
  )
}
