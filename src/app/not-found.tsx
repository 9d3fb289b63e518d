import { useLocation } from 'wouter'
import { RouteLink } from '@/components/route-link'
import { defineCatalog, useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import en from './not-found-locales/en.json?catalog'
import type catalog from './not-found-locales/zh.json'
import zh from './not-found-locales/zh.json?catalog'

// A mistyped link is rare: this page and its words load only then.
const messages = defineCatalog<typeof catalog>('notFound', { zh, en })

export function NotFound() {
  const { t } = useT(messages)
  const [path] = useLocation()
  return (
    <div className="card mx-auto my-8 flex max-w-xl flex-col items-start gap-3 p-6" role="alert">
      <h1 className="font-bold text-xl">{t('title')}</h1>
      <p>{t('body', { path: path.length > 80 ? `${path.slice(0, 80)}…` : path })}</p>
      <RouteLink to={routes.overview()} className="link">
        {t('home')}
      </RouteLink>
    </div>
  )
}
