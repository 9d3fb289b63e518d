import type { ReactNode } from 'react'
import { Quantity } from '@/components/quantity'
import { cx } from '@/lib/cx'
import type { FormatOptions } from '@/lib/format/quantity'
import type { Unit } from '@/lib/format/units'

/**
 * Where a figure's marks (badge, source button) sit relative to its value:
 * - inline: beside the value, in running text and table cells;
 * - spread: value on the left, marks on the right, for a card's top line;
 * - stacked: the value over a caption line that ends in the marks, for slides.
 */
export type FigureLayoutName = 'inline' | 'spread' | 'stacked'

export type FigureLayoutProps = {
  layout?: FigureLayoutName | undefined
  /** The stacked layout's caption (e.g. the figure's name); ignored by the other layouts. */
  caption?: ReactNode
  className?: string | undefined
  captionClassName?: string | undefined
  valueClassName?: string | undefined
}

const ROOT: Record<FigureLayoutName, string> = {
  inline: 'inline-flex items-center gap-1',
  spread: 'flex items-start justify-between gap-2',
  stacked: 'inline-flex flex-col',
}

type Props = FigureLayoutProps & { value: number; unit: Unit; format: FormatOptions; marks: ReactNode }

/** The one arrangement of a number and its "where from" marks, shared by stated and derived figures. */
export function FigureLayout({
  layout = 'inline',
  caption,
  className,
  captionClassName,
  valueClassName,
  value,
  unit,
  format,
  marks,
}: Props) {
  return (
    <span className={cx(ROOT[layout], className)}>
      <Quantity value={value} unit={unit} {...format} className={cx('tabular-nums', valueClassName)} />
      {layout === 'stacked' ? (
        <span className={cx('flex items-center gap-2', captionClassName)}>
          {caption}
          {marks}
        </span>
      ) : (
        marks
      )}
    </span>
  )
}
