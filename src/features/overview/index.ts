import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('overview', { zh, en })

export { OverviewPage } from './components/overview-page'
