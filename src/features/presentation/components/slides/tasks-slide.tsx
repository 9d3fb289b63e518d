import { cx } from '@/lib/cx'
import type { PlanTask, Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../../i18n'
import { SlideFrame } from '../slide-frame'
import { type } from '../type-scale'

type Props = { tasks: PlanTask[]; truncation: Report['plan']['truncation']; year: number }

/**
 * The plan's tasks and their items. Where the source text breaks off, a footnote says so in small
 * type under the list (honest, but not the slide's largest box).
 */
export function TasksSlide({ tasks, truncation, year }: Props) {
  const { t, lang } = useT(messages)
  const broken = truncation ? tasks.find((task) => !task.complete) : undefined
  return (
    <SlideFrame title={t('slides.tasks', { year })}>
      <ol className="flex min-h-0 flex-1 flex-col justify-around gap-[calc(var(--u)*2)]">
        {tasks.map((task) => (
          <li key={task.id} className="flex flex-col gap-[calc(var(--u)*1)]">
            <h3 className={cx(type.h2, 'text-accent')}>
              （{task.ordinal}）{task.title[lang]}
              {!task.complete && truncation && <span aria-hidden="true">*</span>}
            </h3>
            {task.items.length > 0 && (
              <ul
                className={cx(
                  type.body,
                  'grid grid-cols-2 gap-x-[calc(var(--u)*4)] gap-y-[calc(var(--u)*0.8)] pl-[calc(var(--u)*4)]',
                )}
              >
                {task.items.map((item) => (
                  <li key={item.id} className="list-disc">
                    {item.title[lang]}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {broken && truncation && (
        <p
          role="note"
          className={cx(
            type.small,
            'mt-[calc(var(--u)*1.5)] border-line/50 border-t pt-[calc(var(--u)*0.8)] text-muted',
          )}
        >
          *{' '}
          {t('tasks.footnote', {
            lastWords: truncation.lastWords,
            note: truncation.note[lang],
          })}
        </p>
      )}
    </SlideFrame>
  )
}
