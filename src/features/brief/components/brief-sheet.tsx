import { DerivedFigure } from '@/components/derived-figure'
import { FactFigure } from '@/components/fact-figure'
import { BehindItem, periodText, statusMessages } from '@/components/status'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import type { Board } from '@/lib/monitoring/board'
import { reportModel } from '@/lib/report-model'
import { routes } from '@/lib/routes/routes'
import { useHref } from '@/lib/routes/use-href'
import { messages } from '../i18n'
import { dayOf } from '../model/day'
import { BriefStatus } from './brief-status'

// One A4 sheet. Black on white whatever the theme (it is paper), rules and weight instead of colour,
// and every light with its shape and word, so a black-and-white copy reads the same. Sizes in pt, as
// print is measured; the screen shows the sheet at its printed width.
const CELL = 'border-black/40 border-b px-[4pt] py-[3pt] align-baseline'

export function BriefSheet({ report, board }: { report: Report; board: Board | null }) {
  const { t, lang } = useT(messages)
  const s = useT(statusMessages).t
  const href = useHref()
  const model = reportModel(report)
  const year = report.year
  const review = year - 1
  const rowOf = (id: string) => board?.rows.find((r) => r.target.id === id)
  const latestPeriod = board?.asOf ? periodText(s, board.asOf, true) : null
  const link = new URL(href(routes.overview()), location.href).href
  return (
    <article
      data-brief=""
      data-paper=""
      className="mx-auto box-border flex w-full max-w-[210mm] flex-col gap-[8pt] bg-white p-[12mm] text-[10pt] text-black leading-snug shadow print:max-w-none print:p-0 print:shadow-none"
    >
      <header className="flex items-end justify-between gap-4 border-black border-b-2 pb-[4pt]">
        <h1 className="font-bold text-[16pt]">
          {report.title[lang]} · {t('title')}
        </h1>
        <span className="whitespace-nowrap text-[9pt]">{t('printed', { date: dayOf(new Date()) })}</span>
      </header>
      <section aria-labelledby="brief-kpis" className="flex flex-col gap-[4pt]">
        <h2 id="brief-kpis" className="font-bold text-[12pt]">
          {t('kpis', { review, year })}
        </h2>
        <table className="w-full border-collapse tabular-nums">
          <thead>
            <tr className="text-left text-[9pt]">
              <th scope="col" className={CELL}>
                {t('indicator')}
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                {t('level', { review })}
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                {t('growth', { review })}
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                {t('target', { year })}
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                {t('gap')}
              </th>
              {board && (
                <>
                  <th scope="col" className={`${CELL} text-right`}>
                    {latestPeriod ? t('latest', { period: latestPeriod }) : t('latestNone')}
                  </th>
                  <th scope="col" className={CELL}>
                    {t('status')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {model.indicators.map((ind) => (
              <tr key={ind.id}>
                <th scope="row" className={`${CELL} text-left font-semibold`}>
                  {ind.label[lang]}
                </th>
                <td className={`${CELL} text-right`}>
                  {ind.actual ? (
                    <FactFigure fact={ind.actual} source={false} />
                  ) : (
                    <span className="text-[9pt]">{t('noLevel')}</span>
                  )}
                </td>
                <td className={`${CELL} text-right`}>
                  <FactFigure fact={ind.growth} rate source={false} />
                </td>
                <td className={`${CELL} text-right font-semibold`}>
                  <FactFigure fact={ind.target} rate source={false} />
                </td>
                <td className={`${CELL} text-right`}>
                  {ind.gap && <DerivedFigure item={ind.gap} report={report} signed source={false} />}
                </td>
                {board && <BriefStatus row={rowOf(ind.id)} cell={CELL} />}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-[8.5pt]">{t('gapNote', { year, review })}</p>
      </section>
      <section aria-labelledby="brief-red" className="flex flex-col gap-[3pt]">
        <h2 id="brief-red" className="font-bold text-[12pt]">
          {t('redList', { count: board?.behind.length ?? 0 })}
        </h2>
        {!board ? (
          <p>{t('noActuals', { year })}</p>
        ) : board.behind.length === 0 ? (
          <p>{t('noneBehind')}</p>
        ) : (
          <ol className="flex flex-col gap-[2pt]">
            {board.behind.map((row) => (
              <BehindItem key={row.target.id} row={row} className="items-baseline" />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="brief-headlines" className="flex flex-col gap-[3pt]">
        <h2 id="brief-headlines" className="font-bold text-[12pt]">
          {t('headlines')}
        </h2>
        <ul className="grid grid-cols-2 gap-x-[12pt] gap-y-[2pt]">
          {model.headlines.flatMap((tile) =>
            tile.items.map(({ fact }) => (
              <li key={fact.id} className="flex justify-between gap-2 border-black/20 border-b">
                <span>{fact.label[lang]}</span>
                <FactFigure fact={fact} source={false} valueClassName="font-semibold" />
              </li>
            )),
          )}
        </ul>
      </section>
      <footer className="mt-[4pt] flex flex-col gap-[1pt] border-black border-t pt-[4pt] text-[8.5pt]">
        <p>{t('source', { title: report.title[lang] })}</p>
        {board && (
          <p>
            {latestPeriod && t('actualsSource', { period: periodText(s, board.asOf ?? { year, month: 12 }) })}
            {board.layer === 'example' && ` · ${t('example')}`}
          </p>
        )}
        <p className="break-all">{t('link', { url: link })}</p>
      </footer>
    </article>
  )
}
