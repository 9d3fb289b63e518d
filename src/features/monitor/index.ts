export { MonitorDetailPage } from './components/detail-page'
export { MonitorPage } from './components/monitor-page'
