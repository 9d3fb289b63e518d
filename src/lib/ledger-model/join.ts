// One project list: every row of the county's ledger, joined with the report's named projects. A
// ledger row that is a report project (晶澳300MW光伏项目 = the report's 晶澳300兆瓦光伏) carries both: the
// report's quote and the ledger's figures. Certain matches are taken; uncertain ones are proposed for
// the user to confirm, and the user's decisions always win. Report projects that no ledger row
// matches stay in the list, marked as such.
import type { Project, Report } from '../dataset/schema'
import { SECTORS, type Sector, STAGES, type Stage } from '../dataset/taxonomy'
import { shift } from '../format/quantity'
import { projectKey, projectMatcher } from '../imports/project-match'
import { bigrams } from '../imports/similarity'
import { projectStatus } from '../status/rules'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../status/thresholds'
import { nameKey } from './convert'
import { phaseOf, STAGE_PHASE } from './phases'
import { type SectorResolver, type SectorWords, sectorOfMapping, sectorResolver, wordUses } from './sectors'
import type {
  JoinedRow,
  LedgerAmountUnit,
  LedgerData,
  LedgerEntry,
  LightKey,
  MatchDecision,
  Proposal,
  SectorVia,
} from './types'

export type JoinInput = {
  report: Report
  ledger: LedgerData | null
  matches?: readonly MatchDecision[]
  sectorWords?: SectorWords
  thresholds?: Thresholds
}

export type JoinedList = {
  rows: JoinedRow[]
  /** Uncertain matches waiting for the user, best first. */
  proposals: Proposal[]
  /** The ledger's 行业 words, how each maps, and how many rows use it. */
  words: ReturnType<typeof wordUses>
  ledger: LedgerData | null
}

const SECTOR_INDEX = new Map<Sector, number>(SECTORS.map((s, i) => [s, i]))
const STAGE_INDEX = new Map<Stage, number>(STAGES.map((s, i) => [s, i]))
const EXP: Record<LedgerAmountUnit, number> = { 元: -4, 万元: 0, 亿元: 4 }

/** An amount of the ledger in 万元 (NaN when blank): an exact decimal shift, never a rounding. */
export function toWan(value: number | undefined, unit: LedgerAmountUnit): number {
  if (value === undefined || !Number.isFinite(value)) return Number.NaN
  return EXP[unit] === 0 ? value : shift(value, EXP[unit])
}

type Matcher = (name: string) => ReturnType<ReturnType<typeof projectMatcher>>

const matchers = new WeakMap<readonly Project[], Matcher>()

/**
 * The report's matcher, once per report, remembering each name it was asked about (a ledger is joined
 * again after every decision, mapping or save). Names that share no bigram with any report name, digits
 * aside, cannot reach the matcher's threshold and are skipped without scoring: most of a 10,000-row ledger.
 */
function matcherFor(projects: readonly Project[]): Matcher {
  const known = matchers.get(projects)
  if (known) return known
  const match = projectMatcher(projects.map((p) => ({ id: p.id, names: [p.name.zh, p.name.en] })))
  const grams = new Set<string>()
  for (const p of projects)
    for (const n of [p.name.zh, p.name.en])
      for (const g of bigrams(projectKey(n)).keys()) if (/\D/.test(g)) grams.add(g)
  const seen = new Map<string, ReturnType<Matcher>>()
  const out: Matcher = (name) => {
    if (seen.has(name)) return seen.get(name)
    let result: ReturnType<Matcher>
    for (const g of bigrams(projectKey(name)).keys()) {
      if (grams.has(g)) {
        result = match(name)
        break
      }
    }
    seen.set(name, result)
    return result
  }
  matchers.set(projects, out)
  return out
}

function lightOf(status: JoinedRow['status']): LightKey {
  return status?.light ?? 'none'
}

type Base = Omit<JoinedRow, 'id' | 'origin' | 'name' | 'order' | 'haystack'>

function ledgerPart(
  entry: LedgerEntry,
  unit: LedgerAmountUnit,
  asOf: string,
  resolve: SectorResolver,
  thresholds: Thresholds,
  project: Project | undefined,
): Base {
  const f = entry.fields
  const mapping = f.industry ? resolve(f.industry) : undefined
  let sector: Sector | null = mapping ? sectorOfMapping(mapping) : null
  let sectorVia: SectorVia = mapping && sector ? (mapping.via as SectorVia) : 'none'
  if (!sector && project) {
    sector = project.sector
    sectorVia = 'report'
  }
  const status = projectStatus({ completed: f.completed, plan: f.plan, asOf }, thresholds)
  const plan = toWan(f.plan, unit)
  const completed = toWan(f.completed, unit)
  const total = toWan(f.total, unit)
  const stage = project?.stage ?? null
  return {
    entry,
    project,
    industry: f.industry,
    sector,
    sectorIndex: sector ? (SECTOR_INDEX.get(sector) ?? -1) : -1,
    sectorVia,
    stage,
    stageIndex: stage ? (STAGE_INDEX.get(stage) ?? -1) : -1,
    phase: phaseOf(f.nature) ?? (stage ? STAGE_PHASE[stage] : null),
    township: f.township?.trim() || null,
    unit: f.responsible?.trim() || null,
    total,
    plan,
    completed,
    investmentYi: Number.isNaN(total) ? (project?.investment?.value ?? Number.NaN) : shift(total, -4),
    status,
    light: lightOf(status),
    completion: plan > 0 && !Number.isNaN(completed) ? (completed / plan) * 100 : Number.NaN,
  }
}

function haystackOf(parts: (string | undefined | null)[]): string {
  return parts.filter(Boolean).join('\n').toLowerCase()
}

export function joinProjects(input: JoinInput): JoinedList {
  const { report, ledger } = input
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS
  const resolve = sectorResolver(input.sectorWords ?? {})
  const byId = new Map(report.projects.map((p) => [p.id, p]))
  const decided = new Map<string, MatchDecision>()
  for (const d of input.matches ?? []) if (byId.has(d.reportProjectId)) decided.set(nameKey(d.ledgerName), d)
  const rows: JoinedRow[] = []
  const proposals: Proposal[] = []
  const taken = new Set<string>()
  if (ledger) {
    const match = matcherFor(report.projects)
    const { asOf, amountUnit } = ledger.snapshot
    // First the user's confirmations, then certain matches by name, each report project taken once.
    const chosen = new Map<LedgerEntry, { project: Project; by: 'name' | 'user' }>()
    const found = new Map<LedgerEntry, ReturnType<typeof match>>()
    for (const e of ledger.rows) {
      const d = decided.get(nameKey(e.name))
      if (d?.decision === 'confirmed' && !taken.has(d.reportProjectId)) {
        chosen.set(e, { project: byId.get(d.reportProjectId) as Project, by: 'user' })
        taken.add(d.reportProjectId)
      }
    }
    for (const e of ledger.rows) {
      if (chosen.has(e)) continue
      const m = match(e.name)
      found.set(e, m)
      const d = decided.get(nameKey(e.name))
      const rejected = d?.decision === 'rejected' && d.reportProjectId === m?.id
      if (m?.certain && !rejected && !taken.has(m.id)) {
        chosen.set(e, { project: byId.get(m.id) as Project, by: 'name' })
        taken.add(m.id)
      }
    }
    ledger.rows.forEach((e, order) => {
      const hit = chosen.get(e)
      const m = found.get(e)
      const d = decided.get(nameKey(e.name))
      if (!hit && m && !taken.has(m.id) && !(d?.decision === 'rejected' && d.reportProjectId === m.id)) {
        proposals.push({
          ledgerName: e.name,
          ledgerRow: e.row,
          ledgerSheet: e.sheet,
          projectId: m.id,
          score: m.score,
        })
      }
      const base = ledgerPart(e, amountUnit, asOf, resolve, thresholds, hit?.project)
      const f = e.fields
      rows.push({
        ...base,
        id: hit ? hit.project.id : `ledger:${nameKey(e.name)}`,
        origin: hit ? 'both' : 'ledger',
        name: e.name,
        matchedBy: hit?.by,
        order,
        haystack: haystackOf([
          e.name,
          hit?.project.name.zh,
          hit?.project.name.en,
          f.industry,
          f.township,
          f.responsible,
          f.nature,
          f.leader,
        ]),
      })
    })
  }
  const start = rows.length
  report.projects.forEach((p, i) => {
    if (taken.has(p.id)) return
    const sector = p.sector
    rows.push({
      id: p.id,
      origin: 'report',
      name: p.name.zh,
      project: p,
      sector,
      sectorIndex: SECTOR_INDEX.get(sector) ?? -1,
      sectorVia: 'report',
      stage: p.stage,
      stageIndex: STAGE_INDEX.get(p.stage) ?? -1,
      phase: STAGE_PHASE[p.stage],
      township: null,
      unit: null,
      total: Number.NaN,
      plan: Number.NaN,
      completed: Number.NaN,
      investmentYi: p.investment?.value ?? Number.NaN,
      status: null,
      light: 'none',
      completion: Number.NaN,
      order: start + i,
      haystack: haystackOf([p.name.zh, p.name.en, p.stageText, p.location?.zh, p.location?.en]),
    })
  })
  proposals.sort((a, b) => b.score - a.score)
  const words = wordUses(
    (ledger?.rows ?? []).map((e) => e.fields.industry),
    resolve,
  )
  return { rows, proposals, words, ledger }
}
