import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('targets', { zh, en })

export { TargetsPage } from './components/targets-page'
