// The files the Monitoring screen writes, as rows and columns (the writer, SheetJS, loads only when a
// button is pressed): the template to fill in and the export of the stored series. Both are long
// tables under a few title lines, which our importer skips, so a template filled in or an export
// corrected in Excel imports again as it is. The export states the rules and, for invented figures,
// says so on its first line.
import type { StatusT } from '@/components/status/i18n'
import type { Report } from '@/lib/dataset/schema'
import type { Lang } from '@/lib/format/quantity'
import { readsSource } from '@/lib/i18n/languages'
import type { OutColumn } from '@/lib/imports/write-table'
import {
  type ExportRow,
  exportRows,
  periodCell,
  type TemplateRow,
  templateRows,
} from '@/lib/monitoring/sheets'
import type { Thresholds } from '@/lib/status/thresholds'
import type { ActualValue, Layer } from '@/lib/store'
import type { T } from '../i18n'

export type Table<R> = { name: string; preamble: string[]; columns: OutColumn<R>[]; rows: R[] }

const round = (v: number | undefined, d: number) =>
  v === undefined ? undefined : Math.round(v * 10 ** d) / 10 ** d

export function templateTable(report: Report, lang: Lang, t: T): Table<TemplateRow> {
  const zh = readsSource(lang)
  return {
    name: t('file.template.sheet'),
    preamble: [
      t('file.template.title', { county: report.county[lang], year: report.year }),
      t('file.template.note'),
    ],
    columns: [
      { header: t('file.header.indicator'), value: (r) => r.label[lang], width: 28 },
      { header: t('file.header.period'), value: (r) => periodCell(r.period, r.quarterly, zh), width: 16 },
      { header: t('file.header.value'), value: () => null, width: 12, format: '#,##0.00' },
      { header: t('file.header.unit'), value: (r) => r.unit, width: 8 },
      { header: t('file.header.growth'), value: () => null, width: 14, format: '0.0' },
    ],
    rows: templateRows(report),
  }
}

/** The rules with the user's thresholds, one line each: written above the exported rows. */
export function ruleLines(thresholds: Thresholds, s: StatusT): string[] {
  const rule = (id: 'growth-vs-target' | 'progress-vs-time', tolerance: number) =>
    `${s(`rule.${id}.name`)}：${s(`rule.${id}.formula`)}；${(['green', 'yellow', 'red'] as const)
      .map((l) => `${s(`light.${l}`)} ${s(`rule.${id}.${l}`, { tolerance })}`)
      .join('；')}`
  return [
    rule('growth-vs-target', thresholds.growthTolerance),
    rule('progress-vs-time', thresholds.progressTolerance),
  ]
}

export function exportTable(
  input: { report: Report; values: readonly ActualValue[]; thresholds: Thresholds; layer: Layer },
  lang: Lang,
  t: T,
  s: StatusT,
): Table<ExportRow> {
  const { report } = input
  const zh = readsSource(lang)
  const light = (r: ExportRow) =>
    r.status === undefined
      ? ''
      : r.status.light === null
        ? s(`none.${r.status.reason}`)
        : s(`light.${r.status.light}`)
  const sourceText = (r: ExportRow) =>
    r.source.kind === 'import'
      ? [
          r.source.file,
          r.source.sheet,
          r.source.row === undefined ? '' : s('source.rowValue', { row: r.source.row }),
        ]
          .filter(Boolean)
          .join(' · ')
      : s(`source.${r.source.kind}`)
  return {
    name: t('file.export.sheet'),
    preamble: [
      ...(input.layer === 'example' ? [s('example.label')] : []),
      t('file.export.title', { county: report.county[lang], year: report.year }),
      ...ruleLines(input.thresholds, s),
    ],
    columns: [
      { header: t('file.header.indicator'), value: (r) => r.label[lang], width: 28 },
      { header: t('file.header.period'), value: (r) => periodCell(r.period, r.quarterly, zh), width: 16 },
      { header: t('file.header.value'), value: (r) => r.value, width: 12 },
      { header: t('file.header.unit'), value: (r) => (r.value === undefined ? '' : r.unit), width: 8 },
      { header: t('file.header.growth'), value: (r) => r.growth, width: 14, format: '0.0' },
      { header: t('file.header.target'), value: (r) => r.target, width: 10 },
      { header: t('file.header.status'), value: light, width: 10 },
      {
        header: t('file.header.gap'),
        value: (r) => (r.status && r.status.light !== null ? round(r.status.gap, 2) : undefined),
        width: 12,
      },
      { header: t('file.header.source'), value: sourceText, width: 30 },
      { header: t('file.header.at'), value: (r) => r.source.at.slice(0, 19).replace('T', ' '), width: 20 },
      { header: t('file.header.by'), value: (r) => r.source.by ?? '', width: 12 },
      // Invented figures say so on every row, not only in the title: a row copied elsewhere keeps it.
      ...(input.layer === 'example'
        ? [{ header: t('file.header.nature'), value: () => s('example.label'), width: 24 }]
        : []),
    ],
    rows: exportRows(report, input.values, input.thresholds),
  }
}
