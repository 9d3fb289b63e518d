import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { LightKey } from '@/lib/ledger-model/types'
import { statusMessages } from '@/lib/status/words'

// A 三色 status as people read it: a shape and a word, the colour only reinforcing them (a light is
// never colour alone: ● 正常, ▲ 预警, ■ 滞后, ○ no light).
const SHAPE: Record<LightKey, string> = { green: '●', yellow: '▲', red: '■', none: '○' }
const TONE: Record<LightKey, string> = {
  green: 'text-good',
  yellow: 'text-bad',
  red: 'text-danger',
  none: 'text-muted',
}

type Props = {
  light: LightKey
  /** The word shown for 'none' (why there is no light); the generic 无状态 when omitted. */
  noneText?: string | undefined
  className?: string
}

export function StatusBadge({ light, noneText, className }: Props) {
  const { t } = useT(statusMessages)
  return (
    <span
      className={cx('inline-flex items-center gap-1 whitespace-nowrap', TONE[light], className)}
      data-light={light}
    >
      <span aria-hidden="true">{SHAPE[light]}</span>
      <span className={light === 'none' ? '' : 'font-semibold'}>
        {light === 'none' ? (noneText ?? t('light.none')) : t(`light.${light}`)}
      </span>
    </span>
  )
}

export const LIGHT_SHAPE = SHAPE
