import type { Project, Report } from '../dataset/schema'
import { SECTORS, type Sector, STAGES, type Stage } from '../dataset/taxonomy'
import { perReport } from './per-report'

// The report's named projects counted by sector and stage: the one implementation behind the
// Projects explorer's cross-filtering charts (over up to 100,000 rows, with a filter) and the deck's
// projects slide (all of them). Rows carry flat indexes so a pass is a few array lookups per row.

export type ProjectRow = {
  project: Project
  /** Position of the sector in SECTORS. */
  sectorIndex: number
  /** Position of the stage in STAGES. */
  stageIndex: number
  /** Stated investment in 亿元; NaN when the report states none. */
  investment: number
}

const SECTOR_INDEX = new Map<Sector, number>(SECTORS.map((s, i) => [s, i]))
const STAGE_INDEX = new Map<Stage, number>(STAGES.map((s, i) => [s, i]))

export function projectRow(project: Project): ProjectRow {
  return {
    project,
    sectorIndex: SECTOR_INDEX.get(project.sector) ?? -1,
    stageIndex: STAGE_INDEX.get(project.stage) ?? -1,
    investment: project.investment?.value ?? Number.NaN,
  }
}

export type SectorBar = {
  sector: Sector
  /** Σ of the investments the report states, in 亿元; projects without one add nothing. */
  investment: number
  /** Projects in this sector. */
  count: number
  /** Of those, how many have a stated investment. */
  withInvestment: number
  selected: boolean
}

/**
 * One bar per sector that has projects in `rows` (those passing `where`, when given: counting in
 * place spares a filtered copy of 100,000 rows), in the taxonomy's order.
 */
export function bySector<R extends ProjectRow>(
  rows: readonly R[],
  selected: readonly Sector[] = [],
  where: ((row: R) => boolean) | null = null,
): SectorBar[] {
  const count = new Array<number>(SECTORS.length).fill(0)
  const withInvestment = new Array<number>(SECTORS.length).fill(0)
  const investment = new Array<number>(SECTORS.length).fill(0)
  for (const r of rows) {
    if (where && !where(r)) continue
    const i = r.sectorIndex
    count[i] = (count[i] ?? 0) + 1
    const v = r.investment
    if (!Number.isNaN(v)) {
      investment[i] = (investment[i] ?? 0) + v
      withInvestment[i] = (withInvestment[i] ?? 0) + 1
    }
  }
  const chosen = new Set(selected)
  return SECTORS.flatMap((sector, i) =>
    count[i]
      ? [
          {
            sector,
            count: count[i] as number,
            withInvestment: withInvestment[i] as number,
            // Sum in a fixed order, then drop binary noise: 24 + 21.5 + 10 + 2 must read 57.5, not 57.50000001.
            investment: Number((investment[i] as number).toPrecision(12)),
            selected: chosen.has(sector),
          },
        ]
      : [],
  )
}

export type StageBar = { stage: Stage; count: number; selected: boolean }

/** Named projects per stage (of those passing `where`), in pipeline order; empty stages are left out. */
export function byStage<R extends ProjectRow>(
  rows: readonly R[],
  selected: readonly Stage[] = [],
  where: ((row: R) => boolean) | null = null,
): StageBar[] {
  const counts = new Array<number>(STAGES.length).fill(0)
  for (const r of rows) if (!where || where(r)) counts[r.stageIndex] = (counts[r.stageIndex] ?? 0) + 1
  const chosen = new Set(selected)
  return STAGES.flatMap((stage, i) => {
    const count = counts[i]
    return count ? [{ stage, count, selected: chosen.has(stage) }] : []
  })
}

export type ProjectsModel = {
  rows: ProjectRow[]
  bySector: SectorBar[]
  byStage: StageBar[]
  /** How many named projects state an investment. */
  withInvestment: number
}

export function projectsModel(report: Report): ProjectsModel {
  const rows = report.projects.map(projectRow)
  return {
    rows,
    bySector: bySector(rows),
    byStage: byStage(rows),
    withInvestment: rows.filter((r) => !Number.isNaN(r.investment)).length,
  }
}

export const projectsOf = perReport(projectsModel)
