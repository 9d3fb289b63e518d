import { Notice } from '@/components/notice'
import { Panel } from '@/components/panel'
import { SourceButton } from '@/components/source-button'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'

/** The plan's numbered tasks with their items and quotes; says plainly where the text breaks off. */
export function PlanTasks({ report }: { report: Report }) {
  const { t, lang } = useT(messages)
  const { tasks, truncation } = report.plan
  return (
    <Panel title={t('tasks.title', { year: report.year })} id="plan-tasks">
      <ol className="flex flex-col gap-3">
        {tasks.map((task) => (
          <li key={task.id} className="flex flex-col gap-1">
            <h3 className="flex items-center gap-2 font-semibold text-sm">
              <span>
                ({task.ordinal}) {task.title[lang]}
              </span>
              <SourceButton id={task.id} label={task.title[lang]} quote={task.quote} />
            </h3>
            {task.items.length > 0 && (
              <ul className="flex flex-col gap-0.5 pl-6 text-sm">
                {task.items.map((item) => (
                  <li key={item.id} className="flex items-center gap-2">
                    <span>{item.title[lang]}</span>
                    <SourceButton id={item.id} label={item.title[lang]} quote={item.quote} />
                  </li>
                ))}
              </ul>
            )}
            {!task.complete && truncation && (
              <Notice tone="info">
                <strong>{t('tasks.incomplete')}: </strong>
                {truncation.note[lang]} {t('tasks.lastWords')} <q lang="zh-CN">{truncation.lastWords}</q>
              </Notice>
            )}
          </li>
        ))}
      </ol>
    </Panel>
  )
}
