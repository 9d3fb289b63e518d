import { Quantity } from '@/components/quantity'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { Board } from '@/lib/monitoring/board'
import { statusMessages } from './i18n'
import { StatusLight } from './status-light'

/** How far a target is behind its plan, in 百分点 to one decimal, signed: the red list's number. */
export function BehindGap({ gap }: { gap: number }) {
  return <Quantity value={Math.round(gap * 10) / 10} unit="百分点" rate signed />
}

/**
 * One line of a red list as the deck and the printed brief show it: the light (shape and word), the
 * target's name, and how far behind. The Monitoring screen's list links the name, so it builds its own.
 */
export function BehindItem({ row, className }: { row: Board['behind'][number]; className?: string }) {
  const { lang } = useT(statusMessages)
  return (
    <li className={cx('flex flex-wrap gap-x-[0.5em]', className)}>
      <StatusLight status={row.status} className="font-semibold" />
      <span className="font-semibold">{row.target.label[lang]}</span>
      <BehindGap gap={row.status.gap} />
    </li>
  )
}
