import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { useFrameUnit } from '../../hooks/use-frame-unit'
import type { Slide } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { slideChartFrame } from './chart-style'
import { Pipeline } from './pipeline'

type ProjectsSlideData = Extract<Slide, { kind: 'projects' }>

export function ProjectsSlide({ slide, source }: { slide: ProjectsSlideData; source: string }) {
  const { t, lang } = useT('presentation')
  const u = useFrameUnit()
  const count = (v: number) => formatQuantity(v, '个', lang)
  const sectorName = (s: string) => t(`sectors.${s}`)
  const data = slide.bySector.map((r) => ({ name: sectorName(r.key), count: r.count }))
  const title = t('projects.chart', { count: slide.named })
  const top = slide.bySector[0]
  const table = {
    columns: [
      { key: 'name', label: '' },
      { key: 'count', label: t('projects.count'), numeric: true },
    ],
    rows: slide.bySector.map((r) => ({ name: sectorName(r.key), count: r.count })),
  }
  return (
    <SlideFrame title={t('slides.projects')}>
      <div className="grid min-h-0 flex-1 grid-cols-[1.1fr_1fr] gap-[calc(var(--u)*4)]">
        <Pipeline view={slide.pipeline} />
        <ChartFrame
          title={title}
          unit={lang === 'zh' ? '个' : 'projects'}
          source={source}
          summary={t('projects.summary', {
            count: slide.named,
            top: top ? sectorName(top.key) : '',
            topCount: top?.count ?? 0,
          })}
          table={table}
          name="projects-by-sector"
          headingLevel={3}
          className={slideChartFrame}
        >
          <BarChart
            data={data}
            index="name"
            layout="vertical"
            categories={[{ key: 'count', label: t('projects.count'), color: 'c1' }]}
            valueFormatter={count}
            height={Math.round(u * 52)}
            indexWidth={Math.round(u * (lang === 'zh' ? 16 : 24))}
          />
        </ChartFrame>
      </div>
    </SlideFrame>
  )
}
