import { BarChart } from '@/components/charts/bar-chart'
import { ChartFrame } from '@/components/charts/chart-frame'
import type { Indicator } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { useFrameUnit } from '../../hooks/use-frame-unit'
import type { TargetRow } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { slideChartFrame } from './chart-style'

type Props = { rows: TargetRow[]; indicators: Indicator[]; year: number; source: string }

export function TargetsSlide({ rows, year, source }: Props) {
  const { t, lang } = useT('presentation')
  const u = useFrameUnit()
  const review = year - 1
  const pct = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  const data = rows.map((r) => ({ name: r.label[lang], growth: r.growth, target: r.target }))
  const growthLabel = t('targets.growth', { review })
  const targetLabel = t('targets.target', { year })
  const title = t('targets.chart', { review, year })
  const table = {
    columns: [
      { key: 'name', label: '' },
      { key: 'growth', label: growthLabel, numeric: true },
      { key: 'target', label: targetLabel, numeric: true },
    ],
    rows: rows.map((r) => ({ name: r.label[lang], growth: pct(r.growth), target: pct(r.target) })),
  }
  const above = rows.filter((r) => r.target > r.growth).length
  return (
    <SlideFrame title={t('slides.targets')}>
      <ChartFrame
        title={title}
        unit="%"
        source={source}
        summary={t('targets.summary', { count: above, year, review })}
        table={table}
        name="targets"
        headingLevel={3}
        className={slideChartFrame}
      >
        <BarChart
          data={data}
          index="name"
          layout="vertical"
          categories={[
            { key: 'growth', label: growthLabel, color: 'c1' },
            { key: 'target', label: targetLabel, color: 'c5', pattern: 'hatch' },
          ]}
          valueFormatter={pct}
          height={Math.round(u * 55)}
          indexWidth={Math.round(u * (lang === 'zh' ? 28 : 44))}
        />
      </ChartFrame>
    </SlideFrame>
  )
}
