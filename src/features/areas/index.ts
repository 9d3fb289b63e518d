import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('areas', { zh, en })

export { AreaPage } from './components/area-page'
export { AreasPage } from './components/areas-page'
