import { Fragment, type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
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

/**
 * The open pop-up of a SourceButton (./source-button.tsx): the quotes, each with a link to its
 * passage, and the formulas. It opens below the mark, or above it when there is more room, and
 * shifts sideways so it never leaves the viewport (./place-popover.ts); Esc or a press outside closes
 * it (Esc gives the focus back to the mark).
 */
export function SourcePopover({
  id,
  name,
  parts,
  root,
  button,
  onClose,
}: {
  id: string
  name: string
  parts: SourceItem[]
  root: RefObject<HTMLSpanElement | null>
  button: RefObject<HTMLButtonElement | null>
  onClose: () => void
}) {
  const { t } = useT()
  const href = useHref()
  const [place, setPlace] = useState<Placement | null>(null)
  const panel = useRef<HTMLSpanElement>(null)
  const close = useRef(onClose)
  close.current = onClose

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      close.current()
      button.current?.focus()
    }
    const onDown = (e: PointerEvent) => root.current?.contains(e.target as Node) || close.current()
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [root, button])

  // Measured before the browser paints, and again when the page scrolls or resizes under it.
  useLayoutEffect(() => {
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
    }
  }, [button])

  return (
    <span
      ref={panel}
      id={id}
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
  )
}
