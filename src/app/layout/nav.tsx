import { Link, useLocation } from 'wouter'
import { cx } from '@/lib/cx'
import { useSeveralReports } from '@/lib/data/use-several-reports'
import { useT } from '@/lib/i18n'
import { type Route, routes } from '@/lib/routes/routes'
import { useHref } from '@/lib/routes/use-href'

const ITEMS = [
  { to: routes.overview(), key: 'overview' },
  { to: routes.targets(), key: 'targets' },
  { to: routes.monitor(), key: 'monitor' },
  { to: routes.projects(), key: 'projects' },
  { to: routes.areas(), key: 'areas' },
  { to: routes.source(), key: 'source' },
  { to: routes.present(), key: 'present' },
  { to: routes.ingest(), key: 'ingest' },
] as const satisfies readonly { to: Route; key: string }[]

// 各县对比 joins the nav when there is more than one report (the page says so when no year has two counties).
const COMPARE = { to: routes.compare(), key: 'compare' } as const
const WITH_COMPARE = [...ITEMS.slice(0, -1), COMPARE, ...ITEMS.slice(-1)]

function isActive(to: Route, path: string) {
  return to.path === '/' ? path === '/' : path === to.path || path.startsWith(`${to.path}/`)
}

export function Nav() {
  const { t } = useT()
  const [path] = useLocation()
  const href = useHref()
  const items = useSeveralReports() ? WITH_COMPARE : ITEMS
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = isActive(item.to, path)
          return (
            <li key={item.key}>
              <Link
                href={href(item.to)}
                aria-current={active ? 'page' : undefined}
                className={cx(
                  'block rounded px-3 py-1 font-medium text-sm no-underline',
                  active ? 'bg-fg text-page' : 'text-fg hover:bg-line',
                )}
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
