// The shapes of the joined project list: the county's ledger (重点项目台账) rows beside the report's
// named projects. Plain data, so the Projects screen, the deck and the tests share them.
import type { Project, Sector, Stage } from '../dataset/schema'
import type { Light, StatusResult } from '../status/rules'

/** What the model needs of a ledger row: the store's row shape (fields in the snapshot's unit). */
export type LedgerEntry = {
  name: string
  sheet?: string | undefined
  row: number // 1-based row in the sheet, as the user sees it
  fields: {
    industry?: string | undefined // 所属行业, the ledger's own word
    township?: string | undefined
    nature?: string | undefined // 建设性质 as written
    section?: string | undefined // the group row above it (工业项目), when there is one
    total?: number | undefined
    plan?: number | undefined
    completed?: number | undefined
    started?: string | undefined
    responsible?: string | undefined
    leader?: string | undefined
    remarks?: string | undefined
  }
  extra?: Record<string, string> | undefined
}

export type LedgerAmountUnit = '元' | '万元' | '亿元'

/** One imported ledger: where it came from, as of when, and its rows. */
export type LedgerSnapshot = {
  id?: string | undefined // the store's id; absent while a fresh import is still being saved
  importId?: string | undefined
  file: string
  sheet?: string | undefined
  asOf: string // YYYY-MM-DD
  amountUnit: LedgerAmountUnit
  /** The importer's field → the heading it was read from (年度计划投资, 1-6月完成投资). */
  mapping?: Readonly<Record<string, string>> | undefined
}

export type LedgerData = { snapshot: LedgerSnapshot; rows: readonly LedgerEntry[] }

/** A user's decision that a ledger project is (or is not) one of the report's named projects. */
export type MatchDecision = {
  ledgerName: string
  reportProjectId: string
  decision: 'confirmed' | 'rejected'
}

/** 建设性质 in the classes staff group by (the ledger's own word is kept beside it). */
export const PHASES = ['new', 'continuing', 'completed', 'producing', 'preparing', 'other'] as const
export type Phase = (typeof PHASES)[number]

/** Where a project of the joined list comes from. */
export const ORIGINS = ['ledger', 'both', 'report'] as const
export type Origin = (typeof ORIGINS)[number]

/** A status light, or 'none': no light (no plan, not in the ledger …), which is filterable too. */
export const LIGHT_KEYS = ['red', 'yellow', 'green', 'none'] as const
export type LightKey = (typeof LIGHT_KEYS)[number]

/** How a row's dashboard sector was found. */
export type SectorVia =
  | 'default' // a common 行业 word (新能源 → energy)
  | 'keyword' // a known word inside the ledger's (光伏发电 by 光伏)
  | 'override' // the user's mapping
  | 'report' // the report's project (the ledger word maps to nothing, or there is no ledger row)
  | 'none' // nothing: the word is listed for the user to map

/** The uncertain match of a ledger row, offered for the user to confirm. */
export type Proposal = {
  ledgerName: string
  ledgerRow: number
  ledgerSheet?: string | undefined
  projectId: string
  score: number
}

export type JoinedRow = {
  /** Route id: the report project's id (matched or report-only), or `ledger:` + the name key. */
  id: string
  origin: Origin
  /** The ledger's name, or the report's (Chinese) name for a report-only project. */
  name: string
  entry?: LedgerEntry | undefined
  project?: Project | undefined
  /** How the match was made: a certain match by name, or the user's confirmation. */
  matchedBy?: 'name' | 'user' | undefined
  industry?: string | undefined
  sector: Sector | null
  sectorIndex: number // position in SECTORS; -1 for none
  sectorVia: SectorVia
  stage: Stage | null // the report's stage, for matched and report-only rows
  stageIndex: number // position in STAGES; -1 for none
  phase: Phase | null
  township: string | null
  unit: string | null // 责任单位
  /** Amounts in 万元 (the ledger's unit converted by an exact decimal shift); NaN when not given. */
  total: number
  plan: number
  completed: number
  /** Investment in 亿元 for the investment-range filter: the ledger's 总投资, else the report's figure. */
  investmentYi: number
  /** The 三色 status; null for a report project that is not in the ledger (nothing to judge). */
  status: StatusResult | null
  light: LightKey
  /** completed ÷ plan, %; NaN without both. */
  completion: number
  /** Position in the ledger (then the report's order for report-only rows). */
  order: number
  /** Lower-cased text a search matches: names, 行业, township, unit, 建设性质, leader. */
  haystack: string
}

export type { Light }
