import type { PipelineStage, Project, Report, Section } from '@/lib/dataset/schema'
import { type AreaModel, reportModel } from '@/lib/report-model'

export type ProjectDetail = {
  project: Project
  /** The project's area in the report model: its figures are the ones the area's page shows. */
  area: AreaModel | undefined
  section: Section | undefined
  /** Other named projects of the same sector, in the report's order. */
  sameSector: Project[]
  /** Pipeline stages the report gives this project as an example of. */
  exampleOf: PipelineStage[]
}

/** Everything the detail view shows; null for an id the report does not have. */
export function projectDetail(report: Report, id: string): ProjectDetail | null {
  const project = report.projects.find((p) => p.id === id)
  if (!project) return null
  const model = reportModel(report)
  return {
    project,
    area: model.area(project.areaId),
    section: report.sections.find((s) => s.id === project.sectionId),
    sameSector: report.projects.filter((p) => p.sector === project.sector && p.id !== project.id),
    exampleOf: model.pipeline.stages.filter((s) => s.exampleIds.includes(project.id)),
  }
}
