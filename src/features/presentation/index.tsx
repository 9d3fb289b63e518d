import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('presentation', { zh, en })

export { PresentationPage } from './components/presentation-page'
