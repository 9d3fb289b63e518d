import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { growthSeries, growthSummary, type IndicatorRow } from '@/lib/report-model/indicators'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { SlideBarChart } from './slide-bar-chart'

type Props = { rows: IndicatorRow[]; year: number; source: string }

export function TargetsSlide({ rows, year, source }: Props) {
  const { t, lang } = useT(messages)
  const review = year - 1
  const pct = (v: number) => formatQuantity(v, '%', lang, { rate: true })
  return (
    <SlideFrame title={t('slides.targets', { year })}>
      <SlideBarChart
        title={t('targets.chart', { review, year })}
        unit="%"
        source={source}
        summary={t('targets.summary', {
          count: growthSummary(rows, lang).above,
          total: rows.length,
          year,
          review,
        })}
        name="targets"
        data={growthSeries(rows, lang)}
        categories={[
          { key: 'growth', label: t('targets.growth', { review }), color: 'c1' },
          { key: 'target', label: t('targets.target', { year }), color: 'c5', pattern: 'hatch' },
        ]}
        valueFormatter={pct}
      />
    </SlideFrame>
  )
}
