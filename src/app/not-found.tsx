import { useLocation } from 'wouter'
import { RouteLink } from '@/components/route-link'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'

export function NotFound() {
  const { t } = useT()
  const [path] = useLocation()
  return (
    <div className="card mx-auto my-8 flex max-w-xl flex-col items-start gap-3 p-6" role="alert">
      <h1 className="font-bold text-xl">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: path.length > 80 ? `${path.slice(0, 80)}…` : path })}</p>
      <RouteLink to={routes.overview()} className="link">
        {t('notFound.home')}
      </RouteLink>
    </div>
  )
}
