export { SourcePage } from './components/source-page'
