import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { Quantity } from '@/components/quantity'
import { cx } from '@/lib/cx'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { readsSource } from '@/lib/i18n/languages'
import { messages } from '../../i18n'
import type { Slide } from '../../model/slides'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'
import { useCramped } from '../use-cramped'

type Props = { slide: Extract<Slide, { kind: 'area' }>; report: Report }

const COLS = ['grid-cols-1', 'grid-cols-2', 'grid-cols-3', 'grid-cols-4'] as const

/**
 * Columns of the figure grid by how many figures there are: few figures are drawn large, not spread
 * thin. A cramped grid (values wider than their column, as long English ones are) takes one fewer.
 */
function columns(n: number, withProjects: boolean, cramped: boolean): string {
  const cols = n <= 2 ? (withProjects || n === 1 ? 1 : 2) : n <= 6 ? 2 : withProjects || n <= 9 ? 3 : 4
  return COLS[Math.max(cols - (cramped && cols > 2 ? 1 : 0), 1) - 1] ?? 'grid-cols-1'
}

/**
 * An area's figures (the same the area's page shows: the report model's, stated and derived) and its
 * named projects with their investments, so a 招商引资 slide carries 签约75个 / 落地38个 and the
 * investments brought in, not two numbers in a wide empty page.
 */
export function AreaSlide({ slide, report }: Props) {
  const { t, lang } = useT(messages)
  const { area, figures, more, projects } = slide
  const withProjects = projects.length > 0
  const few = figures.length <= 4
  // One or two figures and nothing else: drawn as large as the slide allows, with the area's summary.
  const sparse = figures.length <= 2 && !withProjects
  // Too wide or too tall at the usual size (long English values in four columns): one step down.
  const [grid, dense] = useCramped<HTMLUListElement>([lang, slide.id])
  const huge = figures.length === 1 ? 'text-[calc(var(--u)*17)]' : 'text-[calc(var(--u)*13)]'
  const value = cx(
    sparse
      ? dense
        ? type.big
        : cx('font-bold leading-none', huge)
      : few && !dense
        ? type.big
        : few || !dense
          ? type.h1
          : type.h2,
    'text-accent',
  )
  const caption = sparse ? (dense ? type.body : type.h2) : dense ? type.small : type.body
  const amounts = projects.some((p) => p.investment)
  return (
    <SlideFrame title={area.label[lang]}>
      {sparse && <p className={cx(type.body, 'mb-[calc(var(--u)*2)] text-muted')}>{area.summary[lang]}</p>}
      <div
        className={cx(
          'grid min-h-0 flex-1 gap-[calc(var(--u)*3)]',
          withProjects ? 'grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)]' : 'grid-cols-1',
        )}
      >
        <ul
          ref={grid}
          className={cx(
            'grid min-h-0 auto-rows-fr gap-x-[calc(var(--u)*2.4)] gap-y-[calc(var(--u)*1.2)]',
            columns(figures.length, withProjects, dense),
          )}
        >
          {figures.map((f) => (
            <li
              key={f.kind === 'fact' ? f.item.fact.id : f.item.id}
              className={cx(
                'flex min-w-0 flex-col border-accent border-l-[calc(var(--u)*0.5)] pl-[calc(var(--u)*1.6)]',
                sparse && 'gap-[calc(var(--u)*2)] pl-[calc(var(--u)*4)]',
                // One figure: the number high, the report's sentence as the slide's foot.
                figures.length === 1 && readsSource(lang)
                  ? 'justify-between py-[calc(var(--u)*2)]'
                  : 'justify-center',
              )}
            >
              {f.kind === 'fact' ? (
                <FactFigure
                  fact={f.item.fact}
                  rate={f.item.rate}
                  source={false}
                  layout="stacked"
                  caption={<span className="line-clamp-2">{f.item.fact.label[lang]}</span>}
                  className="gap-[calc(var(--u)*0.4)]"
                  valueClassName={value}
                  captionClassName={caption}
                />
              ) : null}
              {sparse && f.kind === 'fact' && readsSource(lang) && (
                <q className={cx(type.h2, 'text-muted')}>{f.item.fact.quote}</q>
              )}
              {f.kind === 'derived' && (
                <DerivedFigure
                  item={f.item}
                  report={report}
                  source={false}
                  layout="stacked"
                  caption={<span className="line-clamp-2">{f.item.label?.[lang]}</span>}
                  className="gap-[calc(var(--u)*0.4)]"
                  valueClassName={value}
                  captionClassName={caption}
                />
              )}
            </li>
          ))}
        </ul>
        {withProjects && (
          <section
            className="flex min-h-0 flex-col gap-[calc(var(--u)*1.2)]"
            aria-labelledby={`${slide.id}-projects`}
          >
            <h3 id={`${slide.id}-projects`} className={cx(type.h2, 'text-accent')}>
              {t('area.projects')} · {projects.length}
            </h3>
            <ol className={cx(type.body, 'flex min-h-0 flex-1 flex-col')}>
              {projects.map((p) => (
                <li
                  key={p.id}
                  className="flex items-baseline justify-between gap-[calc(var(--u)*1.5)] border-line/40 border-b py-[calc(var(--u)*1)] last:border-0"
                >
                  <span className="min-w-0 leading-tight">{p.name[lang]}</span>
                  {p.investment ? (
                    <Quantity
                      value={p.investment.value}
                      unit={p.investment.unit}
                      className="shrink-0 font-bold text-accent tabular-nums"
                    />
                  ) : (
                    amounts && (
                      <span className={cx(type.small, 'shrink-0 text-muted')}>{t('area.noInvestment')}</span>
                    )
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      {more > 0 && (
        <p className={cx(type.small, 'mt-[calc(var(--u)*1)] text-muted')}>
          {t('area.more', { count: more })}
        </p>
      )}
    </SlideFrame>
  )
}
