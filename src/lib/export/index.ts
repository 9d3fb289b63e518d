export { BOM, type CsvColumn, csvBlob, toCsv } from './csv'
export { downloadBlob, fileName } from './download'
export { svgToPng } from './png'
export { type ChartMeta, chartToSvg, escapeXml, type StandaloneSvg, wrapText } from './svg'

import { type CsvColumn, csvBlob, toCsv } from './csv'
import { downloadBlob, fileName } from './download'
import { svgToPng } from './png'
import { type ChartMeta, chartToSvg } from './svg'

export function downloadChartSvg(chart: Element, meta: ChartMeta): void {
  const { svg } = chartToSvg(chart, meta)
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName(meta.title, 'svg'))
}

export async function downloadChartPng(chart: Element, meta: ChartMeta): Promise<void> {
  const { svg, width, height } = chartToSvg(chart, meta)
  downloadBlob(await svgToPng(svg, width, height, 2), fileName(meta.title, 'png'))
}

export function downloadCsv<T>(title: string, rows: readonly T[], columns: readonly CsvColumn<T>[]): void {
  downloadBlob(csvBlob(toCsv(rows, columns)), fileName(title, 'csv'))
}
