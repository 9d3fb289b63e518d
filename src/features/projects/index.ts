export { ProjectDetailPage } from './components/project-detail-page'
export { ProjectsPage } from './components/projects-page'
export { OPAQUE_FILTERS, ROW_FACETS, SINGLE_FACETS } from './model/first-paint'
