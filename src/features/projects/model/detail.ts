import type { Area, Metric, PipelineStage, Project, Report, Section } from '@/lib/dataset/schema'

export type ProjectDetail = {
  project: Project
  area: Area | undefined
  section: Section | undefined
  /** The report's figures for the project's area. */
  metrics: Metric[]
  /** Other named projects of the same sector, in the report's order. */
  sameSector: Project[]
  /** Pipeline stages the report gives this project as an example of. */
  exampleOf: PipelineStage[]
}

/** Everything the detail view shows; null for an id the report does not have. */
export function projectDetail(report: Report, id: string): ProjectDetail | null {
  const project = report.projects.find((p) => p.id === id)
  if (!project) return null
  return {
    project,
    area: report.areas.find((a) => a.id === project.areaId),
    section: report.sections.find((s) => s.id === project.sectionId),
    metrics: report.metrics.filter((m) => m.areaId === project.areaId),
    sameSector: report.projects.filter((p) => p.sector === project.sector && p.id !== project.id),
    exampleOf: report.pipeline.filter((s) => s.exampleIds.includes(project.id)),
  }
}
