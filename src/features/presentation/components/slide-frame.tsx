import { createContext, type ReactNode, useContext } from 'react'
import { cx } from '@/lib/cx'
import { type } from './type-scale'

/** The slide's computed headline (SlideView sets it from the slide's figures; none on the title slide). */
export const SlideHeadlineContext = createContext<ReactNode>(null)

/**
 * One slide: its name as a small line over the headline that states the takeaway (or the name alone
 * where there is none), and a body that fills the frame and never scrolls.
 */
export function SlideFrame({
  title,
  children,
  className,
}: {
  title?: ReactNode
  children: ReactNode
  className?: string
}) {
  const headline = useContext(SlideHeadlineContext)
  return (
    <div className={cx('flex h-full min-h-0 flex-col gap-[calc(var(--u)*2.2)]', className)}>
      {headline ? (
        <header className="flex flex-col gap-[calc(var(--u)*0.6)]">
          {title && <p className={cx(type.h2, 'text-accent')}>{title}</p>}
          <h2 className={cx(type.h1, 'text-fg')} data-headline="">
            {headline}
          </h2>
        </header>
      ) : (
        title && <h2 className={cx(type.h1, 'text-accent')}>{title}</h2>
      )}
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
    </div>
  )
}
