import { useRef, useState } from 'react'
import { loadCode } from '@/lib/code-load/load-code'
import type { ChartMeta, CsvColumn } from '@/lib/export'
import { defineCatalog, useT } from '@/lib/i18n'
import en from './export-locales/en.json?catalog'
import type catalog from './export-locales/zh.json'
import zh from './export-locales/zh.json?catalog'

const exportMessages = defineCatalog<typeof catalog>('export', { zh, en })

type Table = { columns: { key: string; label: string }[]; rows: Record<string, string | number>[] }

type Props = Omit<ChartMeta, 'filter'> & {
  /** When given, a CSV button exports these rows (the chart's table view). */
  table?: Table
  /** The active filter in words: drawn into the image and named in every file's name. */
  filter?: string | undefined
}

// The export code (SVG serialiser, canvas, CSV) loads only when a button is pressed.
const load = () => loadCode(() => import('@/lib/export'))

/**
 * The chart itself: a screen painted from HTML shows the chart's data (its stand-in) until the chart
 * code arrives, and a button pressed meanwhile exports the chart once it is drawn (within 10 s).
 */
async function drawn(figure: Element | null | undefined): Promise<Element | null> {
  const deadline = performance.now() + 10_000
  const chart = () => figure?.querySelector('[data-chart]') ?? null
  const waiting = () => chart()?.querySelector('[data-chart-standin]') && performance.now() < deadline
  while (figure?.isConnected && waiting()) await new Promise((resolve) => setTimeout(resolve, 50))
  // Still its stand-in, or its table because the box is too narrow to draw it: nothing to export.
  return chart()?.querySelector('[data-chart-standin], [data-chart-too-narrow]') ? null : chart()
}

/**
 * PNG / SVG downloads of the chart in the enclosing <figure> (found under [data-chart]), and CSV of
 * its table. Title, unit, the active filter, the caveat and the source are drawn into the image, so a
 * pasted chart still says what it is and what it leaves out; the filter names the files too.
 */
export function ExportButtons({ title, unit, source, table, filter, note }: Props) {
  const { t } = useT(exportMessages)
  const ref = useRef<HTMLSpanElement>(null)
  const [error, setError] = useState(false)
  const meta: ChartMeta = {
    title,
    unit: unit ? t('unit', { unit }) : undefined,
    source: source ? t('source', { source }) : undefined,
    filter: filter ? t('filter', { filter }) : undefined,
    note,
  }
  const chart = () => drawn(ref.current?.closest('figure'))
  const run = (job: (lib: Awaited<ReturnType<typeof load>>) => Promise<void> | void) => async () => {
    setError(false)
    try {
      await job(await load())
    } catch {
      setError(true)
    }
  }
  const columns = (table?.columns ?? []).map<CsvColumn<Record<string, string | number>>>((c) => ({
    header: c.label,
    value: (row) => row[c.key],
  }))
  // Each accessible name starts with the button's visible text (WCAG 2.5.3 label in name: a voice
  // user says "click PNG"); the rest tells which chart it exports.
  return (
    <span ref={ref} className="export-buttons inline-flex items-center gap-1">
      <button
        type="button"
        className="btn"
        title={t('pngHint', { title })}
        aria-label={`PNG · ${t('pngHint', { title })}`}
        onClick={run(async (lib) => {
          const el = await chart()
          if (!el) throw new Error('no chart')
          return lib.downloadChartPng(el, meta, filter)
        })}
      >
        PNG
      </button>
      <button
        type="button"
        className="btn"
        title={t('svgHint', { title })}
        aria-label={`SVG · ${t('svgHint', { title })}`}
        onClick={run(async (lib) => {
          const el = await chart()
          if (!el) throw new Error('no chart')
          lib.downloadChartSvg(el, meta, filter)
        })}
      >
        SVG
      </button>
      {table && (
        <button
          type="button"
          className="btn"
          title={t('csvHint', { title })}
          aria-label={`CSV · ${t('csvHint', { title })}`}
          onClick={run((lib) =>
            lib.downloadCsv(title, table.rows, columns, filter, [
              meta.unit ?? '',
              meta.filter ?? '',
              meta.note ?? '',
              meta.source ?? '',
            ]),
          )}
        >
          CSV
        </button>
      )}
      {error && (
        <span role="alert" className="text-danger text-xs">
          {t('failed')}
        </span>
      )}
    </span>
  )
}
