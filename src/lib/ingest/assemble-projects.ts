import type { PipelineStage, Project, Stage } from '../dataset/schema'
import { shift } from '../format/quantity'
import type { Finding } from './finding'
import type { NormalisedText } from './normalise'
import type { ProjectFind } from './projects'
import { quoteOf } from './quotes'
import type { DraftProject } from './types'

// Projects into the report: one record per name (the first mention wins; a later mention with
// another stage is noted, not duplicated), investments in 亿元 (the schema's Money unit; 万元 is
// shifted exactly, never rounded), projects of the plan kept out (the schema has no planned stage).

type Ctx = {
  norm: NormalisedText
  areaOf: (p: { sectionId: string; topicId?: string }) => string
  draftName: (i: number, zh: string) => { zh: string; en: string }
}

const SUBSTAGES: readonly Stage[] = ['topped-out', 'trial', 'producing', 'operating']

export function assembleProjects(finds: readonly ProjectFind[], ctx: Ctx) {
  const byName = new Map<string, { find: ProjectFind; draft: DraftProject }>()
  const projects: Project[] = []
  const drafts: DraftProject[] = []
  const idOf = new Map<ProjectFind, string>()
  for (const f of finds) {
    const seen = byName.get(f.name)
    if (seen) {
      seen.draft.why += `; also named at ${f.stageText} (${f.why})`
      idOf.set(f, seen.draft.id)
      continue
    }
    const id = `project-${byName.size + 1}`
    const quoted = quoteOf(ctx.norm, f.span[0], f.span[1])
    const q = f.investmentQ
    const valueYi = q ? (q.unitText === '万元' ? shift(q.value, -4) : q.value) : undefined
    const plan = f.part === 'plan'
    const draft: DraftProject = {
      id,
      name: f.name,
      kind: f.kind,
      sector: f.sector,
      sectorStated: f.sectorStated,
      stage: f.stage,
      stageText: f.stageText,
      stageStated: f.stageStated,
      ...(q && valueYi !== undefined
        ? { investment: { value: q.value, unitText: q.unitText, valueYi } }
        : {}),
      quote: quoted.quote,
      quoteSpan: quoted.span,
      sectionId: f.sectionId,
      ...(f.topicId ? { topicId: f.topicId } : {}),
      part: f.part,
      confidence: f.confidence,
      why: f.why,
      inReport: !plan,
      ...(plan
        ? { notInReport: 'a project the plan names: the schema has no stage for planned projects' }
        : {}),
    }
    byName.set(f.name, { find: f, draft })
    idOf.set(f, id)
    drafts.push(draft)
    if (plan) continue
    projects.push({
      id,
      name: ctx.draftName(projects.length, f.name),
      kind: f.kind,
      sector: f.sector,
      sectorStated: f.sectorStated,
      stage: f.stage,
      stageText: f.stageText,
      stageStated: f.stageStated,
      ...(valueYi && valueYi > 0 ? { investment: { value: valueYi, unit: '亿元' as const } } : {}),
      areaId: ctx.areaOf(f),
      sectionId: f.sectionId,
      ...(f.topicId ? { topicId: f.topicId } : {}),
      quote: quoted.quote,
    })
  }
  return { projects, drafts, idOf }
}

/** Examples and parents of the pipeline stages: named projects of a count; sub-stages of 开复工. */
export function linkPipeline(
  pipeline: { finding: Finding; stage: PipelineStage }[],
  finds: readonly ProjectFind[],
  idOf: Map<ProjectFind, string>,
  inReport: Set<string>,
) {
  pipeline.forEach((p, i) => {
    const examples = finds.filter((f) => f.countQ === p.finding.q).map((f) => idOf.get(f) ?? '')
    p.stage.exampleIds = [...new Set(examples.filter((id) => inReport.has(id)))]
    const started = pipeline
      .slice(0, i)
      .some((x) => x.stage.stage === 'started' && x.finding.sentence.section === p.finding.sentence.section)
    if (started && SUBSTAGES.includes(p.stage.stage)) p.stage.parent = 'started'
  })
}
