import { cx } from '@/lib/cx'
import type { Problem } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

export function ProblemsSlide({ problems }: { problems: Problem[] }) {
  const { t, lang } = useT(messages)
  return (
    <SlideFrame title={t('slides.problems')}>
      <ol className="flex min-h-0 flex-1 flex-col justify-around gap-[calc(var(--u)*1.2)]">
        {problems.map((p) => (
          <li key={p.id} className={cx(type.body, 'flex items-start gap-[calc(var(--u)*2)]')}>
            <span
              aria-hidden="true"
              className="flex size-[calc(var(--u)*5)] shrink-0 items-center justify-center rounded-full bg-accent font-bold text-accent-fg"
            >
              {p.ordinal}
            </span>
            <span className="min-w-0 flex-1 self-center">{p.text[lang]}</span>
          </li>
        ))}
      </ol>
    </SlideFrame>
  )
}
