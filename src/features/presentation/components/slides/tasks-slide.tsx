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
  // A short plan (the 2023 copy keeps two tasks and three items) is set large in the middle, not spread
  // thin over the slide in two columns.
  const sparse = tasks.length <= 3 && tasks.reduce((n, task) => n + task.items.length, 0) <= 8
  return (
    <SlideFrame title={t('slides.tasks', { year })}>
      <ol
        className={cx(
          'flex min-h-0 flex-1 flex-col',
          sparse
            ? 'justify-center gap-[calc(var(--u)*6)] pb-[calc(var(--u)*4)]'
            : 'justify-around gap-[calc(var(--u)*2)]',
        )}
      >
        {tasks.map((task) => (
          <li
            key={task.id}
            className={cx('flex flex-col', sparse ? 'gap-[calc(var(--u)*2)]' : 'gap-[calc(var(--u)*1)]')}
          >
            <h3 className={cx(sparse ? type.h1 : type.h2, 'text-accent')}>
              （{task.ordinal}）{task.title[lang]}
              {!task.complete && truncation && <span aria-hidden="true">*</span>}
            </h3>
            {task.items.length > 0 && (
              <ul
                className={cx(
                  sparse ? type.h2 : type.body,
                  'grid gap-x-[calc(var(--u)*4)] gap-y-[calc(var(--u)*0.8)] pl-[calc(var(--u)*4)]',
                  sparse ? 'grid-cols-1 font-normal' : 'grid-cols-2',
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
