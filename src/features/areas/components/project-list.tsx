import { InferredBadge } from '@/components/derived-badge'
import { Quantity } from '@/components/quantity'
import { RouteLink } from '@/components/route-link'
import { SourceButton } from '@/components/source-button'
import { stageWords } from '@/lib/dataset/labels'
import type { Project } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { messages } from '../i18n'

export function ProjectList({ projects }: { projects: readonly Project[] }) {
  const { t, lang } = useT(messages)
  if (!projects.length) return <p className="text-muted text-sm">{t('noProjects')}</p>
  return (
    <ul className="flex flex-col divide-y divide-line">
      {projects.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-1.5">
          <RouteLink to={routes.project(p.id)} className="link min-w-0">
            {p.name[lang]}
          </RouteLink>
          <span className="flex items-center gap-2 text-sm">
            <span className="text-muted">{stageWords(p, lang)}</span>
            {!p.stageStated && <InferredBadge />}
            {p.investment && (
              <span>
                {t('investment')} <Quantity value={p.investment.value} unit={p.investment.unit} />
              </span>
            )}
            <SourceButton id={p.id} label={p.name[lang]} quote={p.quote} />
          </span>
        </li>
      ))}
    </ul>
  )
}
