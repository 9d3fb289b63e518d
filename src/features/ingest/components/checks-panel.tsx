import { useId } from 'react'
import { cx } from '@/lib/cx'
import { formatQuantity } from '@/lib/format/quantity'
import { useT } from '@/lib/i18n'
import type { TokenAccount } from '@/lib/ingest/types'
import { messages } from '../i18n'
import type { CheckResult } from '../model/checks'

type Props = {
  checks: CheckResult
  /** Names whose English is still a copy of the Chinese (informs, never blocks). */
  untranslated: number
  /** Unplaced numbers still to decide, and those the reviewer marked as not figures. */
  unplaced: TokenAccount[]
  dismissed: Record<number, string>
  onDismiss: (starts: number[], dismiss: boolean) => void
}

function Row({ ok, name, detail, info }: { ok: boolean; name: string; detail: string; info?: boolean }) {
  return (
    <li className="flex items-baseline gap-1.5" data-check={info ? undefined : ok ? 'ok' : 'failed'}>
      <span
        aria-hidden="true"
        className={cx('font-bold', ok ? 'text-st-green' : info ? 'text-muted' : 'text-danger')}
      >
        {ok ? '✓' : info ? 'ⓘ' : '✗'}
      </span>
      <span className="font-medium">{name}</span>
      <span className="text-muted">{detail}</span>
    </li>
  )
}

/** The dataset tests' checks, live: schema, quotes, numbers in quotes, coverage, the id; and what fails. */
export function ChecksPanel({ checks, untranslated, unplaced, dismissed, onDismiss }: Props) {
  const { t, lang } = useT(messages)
  const id = useId()
  const { quotes, numbers, coverage } = checks
  const open = unplaced.filter((a) => dismissed[a.span[0]] === undefined)
  const done = unplaced.filter((a) => dismissed[a.span[0]] !== undefined)
  const openStarts = new Set(open.map((a) => a.span[0]))
  const others = coverage.uncovered.filter(
    (u) => !openStarts.has(u.start) && dismissed[u.start] === undefined,
  )
  return (
    <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-base">
        {t('checks.title')}
      </h2>
      <ul className="flex flex-col gap-0.5" aria-label={t('checks.title')}>
        <Row
          ok={checks.schema.length === 0}
          name={t('checks.schema')}
          detail={
            checks.schema.length
              ? t('checks.schemaBad', {
                  count: checks.schema.length,
                  first: `${checks.schema[0]?.path} ${checks.schema[0]?.message}`,
                })
              : t('checks.schemaOk')
          }
        />
        <Row
          ok={quotes.missing.length === 0}
          name={t('checks.quotes')}
          detail={t('checks.quotesCount', { ok: quotes.total - quotes.missing.length, total: quotes.total })}
        />
        <Row
          ok={numbers.missing.length === 0}
          name={t('checks.numbers')}
          detail={t('checks.numbersCount', {
            ok: numbers.total - numbers.missing.length,
            total: numbers.total,
          })}
        />
        <Row
          ok={coverage.uncovered.length === 0}
          name={t('checks.coverage')}
          detail={t('checks.coverageCount', {
            covered: coverage.covered,
            total: coverage.total,
            percent: formatQuantity(
              Math.floor((coverage.total ? coverage.covered / coverage.total : 1) * 1000) / 10,
              '%',
              lang,
            ),
          })}
        />
        <Row
          ok={checks.id === 'ok'}
          name={t('checks.id')}
          detail={t(
            checks.id === 'ok'
              ? 'checks.idOk'
              : checks.id === 'taken'
                ? 'checks.idTaken'
                : 'checks.idInvalid',
          )}
        />
        <Row
          ok={untranslated === 0}
          info
          name={t('checks.english')}
          detail={t('checks.englishCount', { count: untranslated })}
        />
      </ul>
      {numbers.missing.length > 0 && (
        <ul className="list-disc pl-5 text-danger">
          {numbers.missing.slice(0, 5).map((m) => (
            <li key={m.id}>
              {t('checks.numberMissing', { value: formatQuantity(m.value, m.unit, lang), quote: m.quote })}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul className="list-disc pl-5 text-danger">
          {others.slice(0, 5).map((u) => (
            <li key={u.start}>{t('checks.uncoveredOther', { text: u.text, at: u.start + 1 })}</li>
          ))}
        </ul>
      )}
      {unplaced.length > 0 && (
        <details open={open.length > 0} className="flex flex-col gap-1">
          <summary className="cursor-pointer font-medium">
            {t('checks.unplacedTitle', { count: open.length })}
          </summary>
          <ul
            className="flex max-h-48 flex-col gap-1 overflow-auto"
            aria-label={t('checks.unplacedTitle', { count: open.length })}
          >
            {[...open, ...done].map((a) => {
              const isDone = dismissed[a.span[0]] !== undefined
              return (
                <li key={a.span[0]} className="flex items-baseline gap-2">
                  <mark
                    className={cx(
                      'shrink-0 rounded-sm px-0.5',
                      isDone ? 'bg-transparent text-muted' : 'bg-warn-bg text-warn-fg',
                    )}
                  >
                    {a.text}
                  </mark>
                  <span
                    className="min-w-0 flex-1 truncate text-muted text-xs"
                    title={`${a.quote} — ${a.reason ?? ''}`}
                  >
                    {a.quote}
                  </span>
                  <button
                    type="button"
                    className="btn shrink-0"
                    onClick={() => onDismiss([a.span[0]], !isDone)}
                  >
                    {isDone ? t('checks.restore') : t('checks.dismiss')}
                  </button>
                </li>
              )
            })}
          </ul>
          {open.length > 1 && (
            <button
              type="button"
              className="btn self-start"
              onClick={() =>
                onDismiss(
                  open.map((a) => a.span[0]),
                  true,
                )
              }
            >
              {t('checks.dismissAll')}
            </button>
          )}
        </details>
      )}
    </section>
  )
}
