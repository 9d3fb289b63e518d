export { AreaPage } from './components/area-page'
export { AreasPage } from './components/areas-page'
