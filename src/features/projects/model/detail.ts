import type { PipelineStage, Project, Report, Section } from '@/lib/dataset/schema'
import { type AreaModel, reportModel } from '@/lib/report-model'
import { type RelatedFigure, relatedFigures } from './related'

export type ProjectDetail = {
  project: Project
  /** The project's area in the report model: the page links to it for the area's other figures. */
  area: AreaModel | undefined
  section: Section | undefined
  /** Figures the report ties to this project in its own words (./related.ts states the rule). */
  related: RelatedFigure[]
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
    related: relatedFigures(report, project),
    sameSector: report.projects.filter((p) => p.sector === project.sector && p.id !== project.id),
    exampleOf: model.pipeline.stages.filter((s) => s.exampleIds.includes(project.id)),
  }
}
