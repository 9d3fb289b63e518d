export { IngestPage } from './components/ingest-page'
