// Reading what staff have: files, pasted text, numbers, periods, actuals and ledgers, with a reason for
// every row not taken. Pure and DOM-free: run it in a worker. Writing files is ./write-table (kept
// apart so that reading never loads it); a paste on the main thread can import ./read-delimited alone.

export { type ActualsResult, readActuals } from './actuals-book'
export { type ActualsLayout, detectActualsLayout } from './actuals-layout'
export {
  type ActualRow,
  type ActualsOptions,
  type ActualsSheetResult,
  readActualsSheet,
} from './actuals-read'
export type { ExistingActual } from './actuals-types'
export { type AsOf, detectAsOf, findAsOf } from './as-of'
export { type CellUnit, convertUnit, unitInText } from './cell-units'
export type { ColumnGuess, ColumnMapping, MappingGuess } from './column-guess'
export { detectHeader, type HeaderColumn, type HeaderInfo } from './header-detect'
export {
  type IndicatorCandidate,
  type IndicatorMatch,
  indicatorKey,
  indicatorMatcher,
  matchIndicator,
} from './indicator-match'
export { type AmountsUnit, analyzeLedgerSheet, type LedgerAnalysis } from './ledger-analyze'
export { LEDGER_FIELDS, type LedgerField } from './ledger-fields'
export {
  type LedgerOptions,
  type LedgerResult,
  type LedgerSheetResult,
  readLedger,
  readLedgerSheet,
} from './ledger-read'
export type { LedgerRow } from './ledger-row'
export { type ParsedNumber, parseNumber, readNumber } from './parse-number'
export { type CumulativePeriod, findPeriod, type PeriodResult, parsePeriod, readPeriod } from './parse-period'
export {
  matchProject,
  type ProjectCandidate,
  type ProjectMatch,
  projectKey,
  projectMatcher,
} from './project-match'
export { readDelimited, readPastedText } from './read-delimited'
export { type ReadResult, readTable } from './read-table'
export { DEFAULT_SECTOR_WORDS, mapSectorWord, mapSectorWords, type SectorMapping } from './sector-map'
export { type ShapeSignature, shapeSignature } from './shape-signature'
export * from './types'
