import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { type } from '../type-scale'

type Props = { report: Pick<Report, 'title' | 'county' | 'province' | 'year'> }

export function TitleSlide({ report }: Props) {
  const { t, lang } = useT(messages)
  return (
    <div className="flex h-full flex-col justify-center gap-[calc(var(--u)*3)]">
      <p className={cx(type.h2, 'text-muted')}>
        {report.province[lang]} · {report.county[lang]}
      </p>
      <h1 className={cx(type.hero, 'max-w-[90%] text-fg')}>{report.title[lang]}</h1>
      <p className={cx(type.h2, 'text-accent')}>
        {t('title.subtitle', { review: report.year - 1, year: report.year })}
      </p>
    </div>
  )
}
