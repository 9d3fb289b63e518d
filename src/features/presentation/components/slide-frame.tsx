import type { ReactNode } from 'react'
import { cx } from '@/lib/cx'
import { type } from './type-scale'

/** One slide: a heading and a body that fills the frame and never scrolls. */
export function SlideFrame({
  title,
  children,
  className,
}: {
  title?: ReactNode
  children: ReactNode
  className?: string
}) {
  return (
    <div className={cx('flex h-full min-h-0 flex-col gap-[calc(var(--u)*2.5)]', className)}>
      {title && <h2 className={cx(type.h1, 'text-accent')}>{title}</h2>}
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
    </div>
  )
}
