import { lazy, type ReactNode, Suspense, useId, useRef, useState } from 'react'
import { loadCode } from '@/lib/code-load/load-code'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { ErrorBoundary } from './error-boundary'
import type { SourceItem } from './source-popover'

export type { SourceItem } from './source-popover'

type Props = {
  /** What the figure is called; the button's name says whose source it opens. */
  label: string
  /** Everything the figure rests on, opened together: quotes and formulas. */
  items?: SourceItem[]
  /** One item, as props (the common case): the id of the fact whose quote this opens. */
  id?: string
  quote?: string | undefined
  /** For a derived figure: the formula and inputs, instead of a quote. */
  detail?: ReactNode
  /** The button's mark when it is neither a quote (“”) nor a formula (ƒ): a ledger row is ▦. */
  glyph?: string
  /** The detail says where the figure was read (a ledger's file and row), not how it was computed. */
  detailIsSource?: boolean
  /** The button's accessible name, where its kind of figure words it otherwise ("…的数据来源"). */
  name?: string
  className?: string
}

// The pop-up is read when a mark is opened: its code (placement, links) loads then, warmed as the
// pointer or the focus reaches a mark, so the first paint carries only the marks.
const loadPopover = () => loadCode(() => import('./source-popover'))
const SourcePopover = lazy(() => loadPopover().then((m) => ({ default: m.SourcePopover })))
const warm = () => {
  loadPopover().catch(() => {}) // a failure is said when the mark is opened
}

/**
 * The "where does this number come from" affordance: one quiet info mark that opens the verbatim
 * quotes and the formulas of a figure together, each quote with a link to its passage in the report
 * text. The pop-up opens below the mark, or above it when there is more room, and shifts sideways so
 * it never leaves the viewport (./place-popover.ts).
 */
export function SourceButton({
  label,
  items,
  id,
  quote,
  detail,
  glyph,
  detailIsSource,
  name: givenName,
  className,
}: Props) {
  const { t } = useT()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLSpanElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const parts: SourceItem[] = items ?? [{ id: id ?? 'source', quote, detail }]
  const quotes = detailIsSource || parts.some((p) => p.quote)
  const formulas = !detailIsSource && parts.some((p) => p.detail)
  const name =
    givenName ?? t(quotes && formulas ? 'sourceAndFormulaOf' : quotes ? 'sourceOf' : 'formulaOf', { label })

  return (
    <span ref={root} className={cx('relative inline-flex', className)}>
      <button
        ref={button}
        type="button"
        className="source-btn"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        title={name}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{glyph ?? 'i'}</span>
      </button>
      {open && (
        <ErrorBoundary
          fallback={() => (
            <span
              id={panelId}
              role="alert"
              className="card absolute top-full left-0 z-30 w-60 p-2 text-danger text-sm"
            >
              {t('codeError.part')}
            </span>
          )}
        >
          <Suspense
            fallback={
              <span role="status" className="sr-only">
                {t('loading')}
              </span>
            }
          >
            <SourcePopover
              id={panelId}
              name={name}
              parts={parts}
              root={root}
              button={button}
              onClose={() => setOpen(false)}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </span>
  )
}
