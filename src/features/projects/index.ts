export { ProjectDetailPage } from './components/project-detail-page'
export { ProjectsPage } from './components/projects-page'
