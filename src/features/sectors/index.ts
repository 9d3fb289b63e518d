import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('sectors', { zh, en })

export { SectorPage } from './components/sector-page'
export { SectorsPage } from './components/sectors-page'
