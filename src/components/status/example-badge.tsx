import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { statusMessages } from './i18n'

/**
 * The label invented example figures carry wherever they show: 示例数据 · 非统计数据. Dashed and boxed
 * like the app's other "not a stated figure" marks, with the full sentence for screen readers.
 */
export function ExampleBadge({ short, className }: { short?: boolean; className?: string }) {
  const { t } = useT(statusMessages)
  return (
    <span
      className={cx('badge border-st-yellow font-semibold text-fg', className)}
      title={t('example.hint')}
      data-example-badge=""
    >
      {short ? t('example.short') : t('example.label')}
      <span className="sr-only">{t('example.aside', { hint: t('example.hint') })}</span>
    </span>
  )
}
