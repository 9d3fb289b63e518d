export { BriefPage } from './components/brief-page'
