export { BOM, type CsvColumn, csvBlob, toCsv, withNotes } from './csv'
export { downloadBlob, fileName } from './download'
export { svgToPng } from './png'
export { type ChartMeta, chartToSvg, escapeXml, type StandaloneSvg, wrapText } from './svg'

import { type CsvColumn, csvBlob, toCsv, withNotes } from './csv'
import { downloadBlob, fileName } from './download'
import { svgToPng } from './png'
import { type ChartMeta, chartToSvg } from './svg'

/** A file's name: the chart's or list's title, and the filter it was made under when there is one. */
export function exportName(title: string, filter: string | undefined, ext: string): string {
  return fileName(filter ? `${title} - ${filter}` : title, ext)
}

export function downloadChartSvg(chart: Element, meta: ChartMeta, filterName?: string): void {
  const { svg } = chartToSvg(chart, meta)
  downloadBlob(
    new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }),
    exportName(meta.title, filterName, 'svg'),
  )
}

export async function downloadChartPng(chart: Element, meta: ChartMeta, filterName?: string): Promise<void> {
  const { svg, width, height } = chartToSvg(chart, meta)
  downloadBlob(await svgToPng(svg, width, height, 2), exportName(meta.title, filterName, 'png'))
}

export function downloadCsv<T>(
  title: string,
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  filterName?: string,
  /** Lines written below the rows (./csv.ts withNotes): the filter, the caveat, the source. */
  notes: readonly string[] = [],
): void {
  downloadBlob(csvBlob(withNotes(toCsv(rows, columns), notes)), exportName(title, filterName, 'csv'))
}
