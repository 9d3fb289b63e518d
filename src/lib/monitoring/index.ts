// Monitoring the plan year (issue 11): the report's targets, the names an import knows them by, the
// board of lights and trends, invented example figures, and the rows of the template and the export.
// Pure and DOM-free: the Monitoring screen, the Overview's cards and the deck's slide read it.
export { type Board, type BoardRow, type Counts, monitorBoard, type TrendPoint, valuesOf } from './board'
export { candidateNames, importCandidates, importCandidatesOf, TABLE_SHORT_NAMES } from './candidates'
export { EXAMPLE_MONTHS, exampleActuals } from './example-data'
export {
  type Frequency,
  type MonitorTarget,
  monitorTargets,
  monitorTargetsOf,
  publishedMonths,
} from './monitored'
export { regexNames } from './regex-names'
export {
  type ExportRow,
  exportRows,
  periodCell,
  type SheetPeriod,
  type TemplateRow,
  templateRows,
} from './sheets'
