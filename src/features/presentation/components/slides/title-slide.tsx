import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { type } from '../type-scale'

type Props = { report: Pick<Report, 'title' | 'county' | 'province' | 'year'> }

/**
 * The cover: the county over the report's title drawn across the frame, the two years it covers
 * under it. Nothing for the presenter here (the keys are behind "?").
 */
export function TitleSlide({ report }: Props) {
  const { t, lang } = useT(messages)
  return (
    <div className="flex h-full flex-col justify-between py-[calc(var(--u)*2)]">
      <p className={cx(type.h2, 'text-muted')}>
        {report.province[lang]} · {report.county[lang]}
      </p>
      <div className="flex flex-col gap-[calc(var(--u)*3)]">
        <span aria-hidden="true" className="block h-[calc(var(--u)*0.8)] w-[calc(var(--u)*16)] bg-accent" />
        <h1 className="font-bold text-[calc(var(--u)*9.5)] text-fg leading-[1.1]">{report.title[lang]}</h1>
      </div>
      <p className={cx(type.h1, 'font-semibold text-accent')}>
        {t('title.subtitle', { review: report.year - 1, year: report.year })}
      </p>
    </div>
  )
}
