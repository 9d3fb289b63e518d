import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { Report } from '@/lib/dataset/schema'
import type { CsvColumn } from '@/lib/export/csv'
import { type Lang, shift } from '@/lib/format/quantity'
import { moneyExp, readsSource } from '@/lib/i18n/languages'
import type { T } from '../i18n'
import type { Row } from './rows'

/**
 * The columns of the exported list, headed in the reader's language, the project's name first (the
 * id, for matching files later, comes last: it is not what a staffer reads). Investment is a plain
 * number in the reader's money unit (亿元, or CNY million in English; the unit is in the header) so a
 * spreadsheet can sum it; an unstated one is an empty cell.
 */
export function projectCsvColumns(report: Report, lang: Lang, t: T): CsvColumn<Row>[] {
  const section = new Map(report.sections.map((s) => [s.id, s.title[lang]]))
  const yesNo = (b: boolean) => t(b ? 'csv.stated' : 'csv.inferred')
  const exp = moneyExp(lang)
  return [
    { header: t('csv.name'), value: (r) => r.project.name[lang] },
    // A reader of another language also gets the name as the report writes it, to find it in the text.
    ...(readsSource(lang) ? [] : [{ header: t('csv.nameZh'), value: (r: Row) => r.project.name.zh }]),
    { header: t('csv.sector'), value: (r) => sectorLabel(r.project.sector, lang) },
    { header: t('csv.sectorBasis'), value: (r) => yesNo(r.project.sectorStated) },
    { header: t('csv.stage'), value: (r) => stageLabel(r.project.stage, lang) },
    { header: t('csv.stageText'), value: (r) => r.project.stageText },
    { header: t('csv.stageBasis'), value: (r) => yesNo(r.project.stageStated) },
    {
      header: t('csv.investment'),
      value: (r) => (r.project.investment ? shift(r.project.investment.value, 8 - exp) : undefined),
    },
    { header: t('csv.location'), value: (r) => r.project.location?.[lang] },
    { header: t('csv.section'), value: (r) => section.get(r.project.sectionId) },
    { header: t('csv.quote'), value: (r) => r.project.quote },
    { header: t('csv.id'), value: (r) => r.project.id },
  ]
}
