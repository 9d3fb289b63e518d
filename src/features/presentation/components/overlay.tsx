import { type ReactNode, useEffect, useId, useRef } from 'react'
import { cx } from '@/lib/cx'
import { type } from './type-scale'

/**
 * A panel over the slide for the presenter (keys, sources): a non-modal dialog that takes focus when
 * it opens and gives it back when it closes; Esc or its button closes it (through the deck's keys).
 */
export function Overlay({
  title,
  closeLabel,
  onClose,
  children,
  testId,
}: {
  title: string
  closeLabel: string
  onClose: () => void
  children: ReactNode
  testId: string
}) {
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    root.current?.focus()
    return () => before?.focus?.()
  }, [])
  return (
    <div
      ref={root}
      role="dialog"
      aria-modal="false"
      aria-labelledby={id}
      tabIndex={-1}
      data-testid={testId}
      className={cx(
        type.ui,
        'absolute inset-x-[6%] top-[5%] bottom-[5%] z-20 flex flex-col gap-[calc(var(--u)*1.5)] overflow-hidden rounded-[calc(var(--u)*1)] border-2 border-accent bg-card p-[calc(var(--u)*2.5)] text-fg shadow-2xl outline-none',
      )}
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={id} className={cx(type.h2, 'text-accent')}>
          {title}
        </h2>
        <button type="button" className="btn text-[length:inherit]" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">{children}</div>
    </div>
  )
}
