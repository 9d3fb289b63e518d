export { LedgerFigure, type LedgerSource } from './ledger-figure'
