export { TargetsPage } from './components/targets-page'
