import { StatusBadge } from '@/components/status-badge'
import { sectorLabel } from '@/lib/dataset/labels'
import type { Sector } from '@/lib/dataset/taxonomy'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import type { Slide } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'
import { SlideBarChart } from './slide-bar-chart'

type Props = { slide: Extract<Slide, { kind: 'ledger' }> }

/** The county's ledger on the projector: the lights counted, completion by sector, the red list. */
export function LedgerSlide({ slide }: Props) {
  const { t, lang } = useT(messages)
  const pct = (v: number) => formatQuantity(v, '%', lang, { decimals: 1 })
  const sector = (k: Sector | '') => (k === '' ? t('ledger.unmapped') : sectorLabel(k, lang))
  const source = t('ledger.source', { file: slide.file, asOf: slide.asOf })
  const top = [...slide.bySector].sort((a, b) => a.completion - b.completion)[0]
  return (
    <SlideFrame title={t('slides.ledger', { asOf: slide.asOf })}>
      <p
        className={`${type.body} mb-[calc(var(--u)*2)] flex flex-wrap gap-x-[calc(var(--u)*3)]`}
        data-testid="ledger-slide-counts"
      >
        {(['red', 'yellow', 'green', 'none'] as const).map((l) => (
          <span key={l} className="inline-flex items-baseline gap-[calc(var(--u)*1)]">
            <StatusBadge light={l} noneText={t('ledger.none')} />
            <span className="font-bold tabular-nums">{formatQuantity(slide.counts[l], '个', lang)}</span>
          </span>
        ))}
      </p>
      <div className="grid min-h-0 flex-1 grid-cols-[1fr_1.1fr] gap-[calc(var(--u)*4)]">
        <section className="flex min-h-0 flex-col gap-[calc(var(--u)*1)]">
          <h3 className={type.h2}>{t('ledger.red', { count: slide.behindTotal })}</h3>
          {slide.behind.length === 0 ? (
            <p className={type.body}>{t('ledger.noneBehind')}</p>
          ) : (
            <ol className={`${type.body} flex flex-col gap-[calc(var(--u)*0.5)]`}>
              {slide.behind.map((r) => (
                <li
                  key={r.id}
                  className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-baseline gap-x-[calc(var(--u)*1.5)]"
                >
                  <span className="min-w-0">
                    <span className="block truncate">{r.name}</span>
                    <span className={`${type.small} block truncate text-muted`}>
                      {[r.township, r.unit].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <span className="tabular-nums">
                    {t('ledger.vs', {
                      done: pct(r.status.compared.actual),
                      time: pct(r.status.compared.expected),
                    })}
                  </span>
                  <StatusBadge light={r.status.light} />
                </li>
              ))}
            </ol>
          )}
          <p className={`${type.small} text-muted`}>{source}</p>
        </section>
        <SlideBarChart
          title={t('ledger.chart', { elapsed: pct(slide.elapsed) })}
          unit={t('ledger.unit')}
          source={source}
          summary={t('ledger.summary', {
            count: slide.bySector.length,
            lowest: top ? `${sector(top.key)} ${pct(top.completion)}` : '—',
          })}
          name="ledger-by-sector"
          data={slide.bySector.map((b) => ({
            name: sector(b.key),
            completion: Number(b.completion.toFixed(1)),
          }))}
          categories={[{ key: 'completion', label: t('ledger.completion'), color: 'c1' }]}
          valueFormatter={pct}
          reference={{ value: slide.elapsed, label: t('ledger.elapsed', { elapsed: pct(slide.elapsed) }) }}
        />
      </div>
    </SlideFrame>
  )
}
