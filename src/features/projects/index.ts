import { registerCatalogs } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import zh from './locales/zh.json?catalog'

registerCatalogs('projects', { zh, en })

export { ProjectDetailPage } from './components/project-detail-page'
export { ProjectsPage } from './components/projects-page'
