import { RouteLink } from '@/components/route-link'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { shareMessages } from './i18n'
import { ShareLink } from './share-link'

/** The header's ways to take a view elsewhere: the one-page brief to print, and the link to share. */
export function HeaderActions() {
  const { t } = useT(shareMessages)
  return (
    <span className="flex items-center gap-2">
      <RouteLink to={routes.brief()} className="btn" title={t('briefTitle')}>
        {t('brief')}
      </RouteLink>
      <ShareLink />
    </span>
  )
}
