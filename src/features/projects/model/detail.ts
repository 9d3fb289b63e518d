import type { Area, PipelineStage, Project, Report, Section } from '@/lib/dataset/schema'
import { reportModel } from '@/lib/report-model'
import { type RelatedFigure, relatedFigures } from './related'

export type ProjectDetail = {
  project: Project
  /**
   * The project's area: the page links to it for the area's other figures. The area as the report
   * names it, not its model: the page needs only the link, and building the area models (every area's
   * at once) took 7 ms of the 22 ms task that renders a shared link to this page (one Lighthouse trace).
   */
  area: Area | undefined
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
    area: report.areas.find((a) => a.id === project.areaId),
    section: report.sections.find((s) => s.id === project.sectionId),
    related: relatedFigures(report, project),
    sameSector: report.projects.filter((p) => p.sector === project.sector && p.id !== project.id),
    exampleOf: model.pipeline.stages.filter((s) => s.exampleIds.includes(project.id)),
  }
}
