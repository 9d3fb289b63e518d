import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { RouteLink } from './route-link'

type Props = {
  /** The id of the fact (or other item) whose quote this opens; also the Source screen's ?hl=. */
  id: string
  label: string
  quote?: string
  /** For derived figures: the formula and inputs, instead of a quote. */
  detail?: ReactNode
  /** The button's mark when it is neither a quote (“”) nor a formula (ƒ): a ledger row is ▦. */
  glyph?: string
  className?: string
}

/**
 * The "where does this number come from" affordance: a small button that opens the verbatim quote,
 * with a link to the passage highlighted in the report text.
 */
export function SourceButton({ id, label, quote, detail, glyph, className }: Props) {
  const { t } = useT()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
    const onDown = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false)
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [open])

  return (
    <span ref={root} className={cx('relative inline-flex', className)}>
      <button
        type="button"
        className="source-btn"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('sourceOf', { label })}
        title={t('sourceOf', { label })}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{glyph ?? (quote ? '“”' : 'ƒ')}</span>
      </button>
      {open && (
        <span
          id={panelId}
          role="dialog"
          aria-label={t('sourceOf', { label })}
          className="card absolute top-full right-0 z-30 mt-1 flex w-80 max-w-[80vw] flex-col gap-2 p-3 text-left text-sm shadow-lg"
        >
          {quote && <q className="block leading-relaxed">{quote}</q>}
          {detail}
          {quote && (
            <RouteLink to={routes.source({ hl: id })} className="link self-start">
              {t('openInSource')} →
            </RouteLink>
          )}
        </span>
      )}
    </span>
  )
}
