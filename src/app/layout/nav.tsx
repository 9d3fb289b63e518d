import { Link, useLocation } from 'wouter'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'

const ITEMS = [
  { href: '/', key: 'overview' },
  { href: '/targets', key: 'targets' },
  { href: '/projects', key: 'projects' },
  { href: '/sectors', key: 'sectors' },
  { href: '/source', key: 'source' },
  { href: '/present', key: 'present' },
] as const

function isActive(href: string, path: string) {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)
}

export function Nav() {
  const { t } = useT()
  const [path] = useLocation()
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-wrap gap-1">
        {ITEMS.map((item) => {
          const active = isActive(item.href, path)
          return (
            <li key={item.key}>
              <Link
                href={item.href}
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
