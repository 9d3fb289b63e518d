import { registerBundle } from '@/lib/i18n'
import { overviewText } from './i18n'

registerBundle('overview', overviewText)

export { OverviewPage } from './components/overview-page'
