import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { Light, StatusResult } from '@/lib/status/rules'
import { statusMessages } from './i18n'

const FILL: Record<Light, string> = {
  green: 'fill-st-green',
  yellow: 'fill-st-yellow',
  red: 'fill-st-red',
}

/**
 * The light's own shape, so it reads without colour (and in black-and-white print): a circle with a
 * tick for 正常, a triangle with ! for 预警, a square with × for 滞后; a hollow ring for no light.
 */
export function LightIcon({ light, className }: { light: Light | null; className?: string }) {
  const box = cx('inline-block h-[1em] w-[1em] shrink-0', className)
  if (light === null)
    return (
      <svg viewBox="0 0 16 16" className={box} aria-hidden="true" data-light-icon="none">
        <circle
          cx="8"
          cy="8"
          r="6"
          className="fill-none stroke-muted"
          strokeWidth="1.6"
          strokeDasharray="2.5 2"
        />
      </svg>
    )
  return (
    <svg viewBox="0 0 16 16" className={box} aria-hidden="true" data-light-icon={light}>
      {light === 'green' && (
        <>
          <circle cx="8" cy="8" r="7.5" className={FILL.green} />
          <path
            d="M4.4 8.3l2.4 2.4 4.8-5"
            className="fill-none stroke-page"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </>
      )}
      {light === 'yellow' && (
        <>
          <path d="M8 0.8l7.6 14H0.4z" className={FILL.yellow} />
          <path d="M8 5.6v4.4" className="fill-none stroke-black" strokeWidth="2" strokeLinecap="round" />
          <circle cx="8" cy="12.4" r="1.1" className="fill-black" />
        </>
      )}
      {light === 'red' && (
        <>
          <rect x="0.8" y="0.8" width="14.4" height="14.4" rx="2" className={FILL.red} />
          <path
            d="M5 5l6 6M11 5l-6 6"
            className="fill-none stroke-page"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </>
      )}
    </svg>
  )
}

type Props = {
  status: Pick<StatusResult, 'light'> & { reason?: string }
  className?: string
  /** The word's own classes (its size follows the text around it). */
  wordClassName?: string
  /** Only the icon, with the word for screen readers (a dense table row already says it nearby). */
  iconOnly?: boolean
}

/** A status light: its shape and its word (正常/预警/滞后), or why there is none; never colour alone. */
export function StatusLight({ status, className, wordClassName, iconOnly }: Props) {
  const { t } = useT(statusMessages)
  const word =
    status.light !== null
      ? t(`light.${status.light}`)
      : t(`none.${(status.reason ?? 'no-actual') as 'no-actual'}`)
  return (
    <span
      className={cx('inline-flex items-center gap-1 whitespace-nowrap', className)}
      data-light={status.light ?? 'none'}
    >
      <LightIcon light={status.light} />
      <span className={cx(iconOnly && 'sr-only', status.light === null && 'text-muted', wordClassName)}>
        {word}
      </span>
    </span>
  )
}
