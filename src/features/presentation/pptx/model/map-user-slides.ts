import { periodText, unitOf } from '@/components/status'
import { sectorLabel } from '@/lib/dataset/labels'
import type { Sector } from '@/lib/dataset/taxonomy'
import { formatQuantity } from '@/lib/format/quantity'
import type { BoardRow } from '@/lib/monitoring/board'
import type { Light } from '@/lib/status/rules'
import type { Slide } from '../../model/slides'
import type { PptxSlide } from './types'
import type { Words } from './words'

// The slides of what the user brought (monitoring figures, the county's ledger) as PowerPoint
// content, with the same numbers the deck's slides show; their notes name the file they came from.

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>

const lightWord = (w: Words, light: Light | null) => (light ? w.s(`light.${light}`) : '—')

/** The measure the light judges, as the monitor slide writes it: cumulative growth, or progress. */
function measure(row: BoardRow, w: Words): string {
  if (row.target.kind === 'amount')
    return row.progress
      ? formatQuantity(Math.round(row.progress.percent * 10) / 10, '%', w.lang, { rate: true })
      : '—'
  const v = row.latest
  return v && v.growth !== undefined ? formatQuantity(v.growth, '%', w.lang, { rate: true }) : '—'
}

function targetText(row: BoardRow, w: Words): string {
  const growth = row.target.kind === 'growth'
  return formatQuantity(
    row.target.target.value,
    growth ? '%' : (unitOf(undefined, row.target.unit) ?? '%'),
    w.lang,
    { rate: growth, qualifier: row.target.target.qualifier },
  )
}

/** Where a stored figure came from: 导入自文件 台账.xlsx · Sheet1 · #12 / 手工录入. */
function sourceText(row: BoardRow, w: Words): string {
  const src = row.latest?.source
  if (!src) return ''
  return [w.s(`source.${src.kind}`), src.file, src.sheet, src.row ? `#${src.row}` : undefined]
    .filter(Boolean)
    .join(' · ')
}

const gapText = (row: BoardRow, w: Words) =>
  row.status.light === null
    ? '—'
    : formatQuantity(Math.round(row.status.gap * 10) / 10, '百分点', w.lang, { rate: true, signed: true })

export function monitorSlide(slide: Of<'monitor'>, w: Words): PptxSlide {
  const { lang, t, s } = w
  const board = slide.board
  const label = (row: BoardRow) => {
    const period = row.latest ? periodText(s, row.latest.period, true) : ''
    return period ? `${row.target.label[lang]} ${period}` : row.target.label[lang]
  }
  const example = board.layer === 'example' ? ` · ${s('example.label')}` : ''
  return {
    id: slide.id,
    kind: slide.kind,
    title: t('slides.monitor', { year: board.year }),
    ...(board.asOf || example
      ? { subtitle: `${board.asOf ? s('period.asOf', { period: periodText(s, board.asOf) }) : ''}${example}` }
      : {}),
    figures: [],
    table: [
      [
        t('monitor.indicator'),
        t('monitor.actual'),
        t('monitor.target'),
        t('monitor.gap'),
        t('monitor.status'),
      ],
      ...board.rows.map((row) => [
        label(row),
        measure(row, w),
        targetText(row, w),
        gapText(row, w),
        lightWord(w, row.status.light),
      ]),
    ],
    bullets: [
      { text: t('monitor.redList', { count: board.behind.length }) },
      ...(board.behind.length
        ? board.behind.map((row) => ({
            text: `${lightWord(w, row.status.light)} ${row.target.label[lang]} ${gapText(row, w)}`,
            level: 1 as const,
          }))
        : [{ text: w.p('redNone'), level: 1 as const }]),
    ],
    notes: board.rows
      .filter((row) => row.latest)
      .map((row) => `${label(row)}：${measure(row, w)} · ${sourceText(row, w)}`),
  }
}

export function ledgerSlide(slide: Of<'ledger'>, w: Words): PptxSlide {
  const { lang, t, p } = w
  const pct = (v: number) => formatQuantity(v, '%', lang, { decimals: 1 })
  const sector = (k: Sector | '') => (k === '' ? t('ledger.unmapped') : sectorLabel(k, lang))
  const source = t('ledger.source', { file: slide.file, asOf: slide.asOf })
  const lights = ['red', 'yellow', 'green', 'none'] as const
  return {
    id: slide.id,
    kind: slide.kind,
    title: t('slides.ledger', { asOf: slide.asOf }),
    subtitle: source,
    figures: lights.map((l) => ({
      label: l === 'none' ? t('ledger.none') : lightWord(w, l),
      value: formatQuantity(slide.counts[l], '个', lang),
    })),
    chart: {
      title: t('ledger.chart', { elapsed: pct(slide.elapsed) }),
      labels: slide.bySector.map((b) => sector(b.key)),
      series: [
        { name: t('ledger.completion'), values: slide.bySector.map((b) => Number(b.completion.toFixed(1))) },
      ],
      format: '0.0"%"',
    },
    bullets: [
      { text: t('ledger.red', { count: slide.behindTotal }) },
      ...(slide.behind.length
        ? slide.behind.map((r) => ({
            text: p('ledgerRow', {
              name: r.name,
              done: pct(r.status.compared.actual),
              time: pct(r.status.compared.expected),
              light: lightWord(w, r.status.light),
            }),
            level: 1 as const,
          }))
        : [{ text: t('ledger.noneBehind'), level: 1 as const }]),
    ],
    notes: [source],
  }
}
