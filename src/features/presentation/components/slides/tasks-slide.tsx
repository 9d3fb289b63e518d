import { SourceButton } from '@/components/source-button'
import { cx } from '@/lib/cx'
import type { PlanTask, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

type Props = { tasks: PlanTask[]; truncation: Report['plan']['truncation']; year: number }

export function TasksSlide({ tasks, truncation, year }: Props) {
  const { t, lang } = useT(messages)
  return (
    <SlideFrame title={t('slides.tasks', { year })}>
      <ol className="flex min-h-0 flex-1 flex-col gap-[calc(var(--u)*2.4)]">
        {tasks.map((task) => (
          <li key={task.id} className="flex flex-col gap-[calc(var(--u)*1)]">
            <h3 className={cx(type.h2, 'flex items-center gap-3')}>
              <span>
                （{task.ordinal}）{task.title[lang]}
              </span>
              <SourceButton id={task.id} label={task.title[lang]} quote={task.quote} />
            </h3>
            {task.items.length > 0 && (
              <ul className={cx(type.body, 'flex flex-col gap-[calc(var(--u)*0.6)] pl-[calc(var(--u)*4)]')}>
                {task.items.map((item) => (
                  <li key={item.id} className="list-disc">
                    {item.title[lang]}
                  </li>
                ))}
              </ul>
            )}
            {!task.complete && truncation && (
              <div
                role="note"
                className={cx(
                  type.body,
                  'ml-[calc(var(--u)*4)] flex flex-col gap-[calc(var(--u)*0.8)] rounded-[calc(var(--u)*0.8)] border-2 border-accent border-dashed p-[calc(var(--u)*1.6)]',
                )}
              >
                <strong className="text-accent">{t('tasks.truncated')}</strong>
                <span>{truncation.note[lang]}</span>
                <span className={cx(type.small, 'text-muted')}>
                  {t('tasks.lastWords')}:<q>{truncation.lastWords}</q>……
                </span>
              </div>
            )}
          </li>
        ))}
      </ol>
    </SlideFrame>
  )
}
