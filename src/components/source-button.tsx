import { Fragment, type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { hrefOf, routes } from '@/lib/routes/routes'
import { useHref } from '@/lib/routes/use-href'
import { type Placement, placePopover } from './place-popover'

/** One part of what a figure rests on: a verbatim quote (with its passage), or a formula. */
export type SourceItem = {
  /** The quoted item's id (the Source screen's ?hl=), or the derived figure's. */
  id: string
  /** What this part is ("2022年", "2023年目标"), when the pop-up holds several. */
  heading?: string | undefined
  quote?: string | undefined
  /** A derived figure's formula, inputs and note. */
  detail?: ReactNode
  /** The report the quote is in, when it is not the one shown (reports side by side): its link opens that one. */
  report?: string | undefined
}

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
  const href = useHref()
  const [open, setOpen] = useState(false)
  const [place, setPlace] = useState<Placement | null>(null)
  const panelId = useId()
  const root = useRef<HTMLSpanElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLSpanElement>(null)
  const parts: SourceItem[] = items ?? [{ id: id ?? 'source', quote, detail }]
  const quotes = detailIsSource || parts.some((p) => p.quote)
  const formulas = !detailIsSource && parts.some((p) => p.detail)
  const name =
    givenName ?? t(quotes && formulas ? 'sourceAndFormulaOf' : quotes ? 'sourceOf' : 'formulaOf', { label })

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    const onDown = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false)
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [open])

  // Measured before the browser paints, and again when the page scrolls or resizes under it.
  useLayoutEffect(() => {
    if (!open) return
    const measure = () => {
      const anchor = button.current?.getBoundingClientRect()
      const box = panel.current
      if (!anchor || !box) return
      setPlace(
        placePopover(
          anchor,
          { width: box.offsetWidth, height: box.scrollHeight },
          { width: document.documentElement.clientWidth, height: window.innerHeight },
        ),
      )
    }
    measure()
    window.addEventListener('resize', measure)
    window.addEventListener('scroll', measure, true)
    return () => {
      window.removeEventListener('resize', measure)
      window.removeEventListener('scroll', measure, true)
      setPlace(null)
    }
  }, [open])

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
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{glyph ?? 'i'}</span>
      </button>
      {open && (
        <span
          ref={panel}
          id={panelId}
          role="dialog"
          aria-label={name}
          data-side={place?.side}
          className="card fixed z-30 flex w-80 max-w-[calc(100vw-16px)] flex-col gap-2 overflow-auto p-3 text-left font-normal text-fg text-sm shadow-lg"
          style={
            place
              ? { top: place.top, left: place.left, maxHeight: place.maxHeight }
              : { top: 0, left: 0, visibility: 'hidden' }
          }
        >
          {parts.map((p, i) => (
            <Fragment key={`${p.id}:${p.quote ?? p.heading ?? 'formula'}`}>
              {i > 0 && <hr className="m-0 border-line" />}
              <span className="flex flex-col gap-1.5">
                {p.heading && <span className="font-semibold text-muted text-xs">{p.heading}</span>}
                {p.quote && <q className="block leading-relaxed">{p.quote}</q>}
                {p.detail}
                {p.quote && (
                  <Link
                    href={
                      p.report
                        ? hrefOf(routes.source({ hl: p.id }), { report: p.report })
                        : href(routes.source({ hl: p.id }))
                    }
                    className="link self-start"
                  >
                    {t('openInSource')} →
                  </Link>
                )}
              </span>
            </Fragment>
          ))}
        </span>
      )}
    </span>
  )
}
