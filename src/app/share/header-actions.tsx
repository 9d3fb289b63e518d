import { RouteLink } from '@/components/route-link'
import { useT } from '@/lib/i18n'
import { routes } from '@/lib/routes/routes'
import { shareMessages } from './i18n'
import { ShareLink } from './share-link'

/** The header's ways to take a view elsewhere: the one-page brief to print, and the link to share. */
export function HeaderActions() {
  const { t } = useT(shareMessages)
  const { t: core } = useT()
  // Their labels are the app's own words: the header holds their room before this code is in (../layout/shell.tsx).
  return (
    <span className="flex items-center gap-2">
      <RouteLink to={routes.brief()} className="btn" title={t('briefTitle')}>
        {core('share.brief')}
      </RouteLink>
      <ShareLink />
    </span>
  )
}
