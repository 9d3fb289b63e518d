import type { Stage } from '../dataset/schema'
import { matchIndicator } from './indicator-match'
import type { Quantity } from './quantities'
import type { Sentence } from './sentences'
import { endingStage, findStage, inferSector, lastStage } from './stages'
import type { DraftProject } from './types'

// Named projects, three ways a report names them:
//   A  投资24亿元的能建数科压缩空气储能 / 中电储能电站项目总投资21.5亿元   (with its investment)
//   B  绿谷农产品加工、瑞丰粮食收储等44个项目主体完工                       (examples of a count)
//   C  瑞博电力主体完工 / 县中医院全面建成 / 中奉分散式风电落户开发区        (a clause ending in a stage)
// A name must look like one: no verbs of policy (实施, 推进 …), no generic noun alone (一批项目), no
// figures except those names carry (10号院, 二期, 300兆瓦光伏).

export type ProjectFind = Omit<DraftProject, 'id' | 'quote' | 'quoteSpan' | 'inReport'> & {
  span: [number, number] // normalised span of the words that name and place it
  nameSpan: [number, number] // normalised span of the name itself
  investmentQ?: Quantity
  countQ?: Quantity // B: the count it is an example of
}

const POLICY_VERBS =
  /扎实|稳步|深入|有效|明显|显著|实施|推进|加快|加强|开展|完成|推动|实现|坚持|深化|持续|积极|大力|着力|强化|组织|建立|构建|打造|培育|争取|谋划|确保|力争|提升|扩大|落实|做好|抓好|纷纷|陆续|不断|进一步|获批|列为|纳入|被|将|要|改革|工作|任务|行动|活动|制度|机制|政策|问题|目标|水平|能力|环境|质量|体系|服务|管理|发展|作用|保障/
const GENERIC =
  /^(?:一批|一些|各类|多个|部分|重点|重大|大|好|新|有关|相关|其他|全县|全市|产业|招商)*(?:项目|企业|工程|设施|基地|园区|产业)$/
const LEADING_VERB = /^(?:新建|建设|开工|引进|签约|投资|总投资|完成|实施|成功|同步|全力|重点|其中|并|和|及)/
const NAME_FIGURES = /\d+(?:\.\d+)?(?:号|期|兆瓦|万千瓦|千瓦|万吨|吨|万头|万只|亩|万平方米|平方米)/g
const NAME_FIGURE = new RegExp(`^${NAME_FIGURES.source}`)
const ADVERBS =
  /(?:全面|顺利|成功|正式|基本|已经|已|陆续|加快|快速|有序|相继|如期|全部|整体|率先|按期|提前)+$/
const LOCATION_TAIL = /(落户)[\u4e00-\u9fff]{0,6}?(?:开发区|园区|我县|我市|我区|县城|新区|产业园)$/

export function isProjectName(name: string): boolean {
  if (name.length < 2 || name.length > 24) return false
  if (/[,;:。“”"‘’()!?、等]/.test(name)) return false
  if (/\d/.test(name.replace(NAME_FIGURES, ''))) return false
  if (/[一二三四五六七八九十百千万]+(?:个|家(?![子村])|项|批|户|座)/.test(name)) return false
  return !GENERIC.test(name) && !POLICY_VERBS.test(name) && !LEADING_VERB.test(name) && !findStage(name)
}

function kindOf(name: string, listNoun: string): DraftProject['kind'] {
  if (/企业|家/.test(listNoun) || /(?:公司|集团|有限|股份|矿业)$/.test(name)) return 'enterprise'
  if (/项目/.test(listNoun)) return 'project'
  if (/(?:医院|卫生院|学校|中学|小学|学堂|学点|中心|馆|宫|站|场|公园|平台|池)$/.test(name)) return 'facility'
  return 'project'
}

function stripProject(name: string): string {
  return name.length > 4 && name.endsWith('项目') ? name.slice(0, -2) : name
}

type Ctx = { text: string; sentences: readonly Sentence[]; quantities: readonly Quantity[] }

function clauseStartBefore(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (/[,;:]/.test(text[i] ?? '')) return i + 1
  return from
}

function clauseEndAfter(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (/[,;:。]/.test(text[i] ?? '')) return i
  return to
}

function make(
  name: string,
  s: Sentence,
  stage: { stage: Stage; text: string; stated: boolean },
  span: [number, number],
  extra: Partial<ProjectFind> & Pick<ProjectFind, 'confidence' | 'why' | 'kind'>,
  ctx: Ctx,
): ProjectFind {
  const sector = inferSector(name, ctx.text.slice(s.full[0], s.full[1]))
  const at = ctx.text.indexOf(name, span[0])
  return {
    name,
    sector: sector.sector,
    sectorStated: sector.stated,
    stage: stage.stage,
    stageText: stage.text,
    stageStated: stage.stated,
    sectionId: s.section.id,
    ...(s.topic ? { topicId: s.topic.id } : {}),
    part: s.part,
    span,
    nameSpan: [at, at + name.length],
    ...extra,
  }
}

const NOT_STATED = { stage: 'in-progress' as Stage, text: '未注明', stated: false }

/** A: figures that are a named project's investment. */
function withInvestment(s: Sentence, q: Quantity, ctx: Ctx): ProjectFind | undefined {
  const { text } = ctx
  if (!/^[亿万]元$/.test(q.unitText) || q.range) return undefined
  const before = text.slice(s.start, q.start)
  const invest = /(?:计划总投资|总投资|计划投资|投资)(?:约|近|超过|达)?$/.exec(before)
  if (!invest) return undefined
  const clauseStart = clauseStartBefore(text, s.start, q.start)
  const clauseEnd = clauseEndAfter(text, q.end, s.end)
  if (text[q.end] === '的') {
    // The name runs to the next list mark; 和/及 before the next 投资 also ends it.
    const rest = text.slice(q.end + 1, clauseEnd)
    const raw = rest.split(/、|等|(?:和|及|以及)(?=(?:计划)?总?投资)/)[0] ?? ''
    const own = endingStage(raw) // …的乡村冷链物流中心开工建设: the stage word is not part of the name
    const name = stripProject(own ? raw.slice(0, own.index).replace(ADVERBS, '') : raw)
    if (!isProjectName(name)) return undefined
    // The stage: the verb before the list (成功引进投资…的A、投资…的B), else one after it (…的A、…的B建成投产).
    const firstInvest = text.slice(clauseStart, q.start).search(/(?:计划总投资|总投资|计划投资)?投资/)
    const verb =
      lastStage(text.slice(clauseStart, clauseStart + Math.max(0, firstInvest))) ??
      endingStage(text.slice(clauseStart, clauseEnd).replace(LOCATION_TAIL, '$1'))
    const stage = verb ? { stage: verb.stage, text: verb.text, stated: true } : NOT_STATED
    const span: [number, number] = [invest.index + s.start, q.end + 1 + name.length]
    return make(
      name,
      s,
      stage,
      span,
      { kind: kindOf(name, ''), investmentQ: q, confidence: 0.9, why: '投资X亿元的NAME' },
      ctx,
    )
  }
  // NAME项目(总)投资X亿元 / NAME总投资X亿元: the name is the clause's words before the investment
  // word. Bare 投资 after a name that is no project (固定资产投资54亿元) is an indicator, not a project.
  // XX项目(总投资5亿元): the bracket opens the investment, not the name.
  const nameWords = text.slice(clauseStart, s.start + invest.index).replace(/\($/, '')
  if (!/总投资/.test(invest[0]) && !nameWords.endsWith('项目')) return undefined
  if (matchIndicator(`${nameWords}${invest[0]}`)) return undefined
  const lead = lastStage(nameWords.slice(0, 6))
  const raw = lead && lead.index === 0 ? nameWords.slice(lead.text.length) : nameWords
  const name = stripProject(raw.replace(/^[、]/, ''))
  if (!isProjectName(name) || name.length < 4) return undefined
  // The stage word before the name (开工建设XX项目…) or closing the clause (XX项目(总投资5亿元)开工建设).
  const after = endingStage(text.slice(q.end, clauseEnd).replace(/^\)/, ''))
  const word = lead && lead.index === 0 ? lead : after
  const stage = word ? { stage: word.stage, text: word.text, stated: true } : NOT_STATED
  return make(
    name,
    s,
    stage,
    [clauseStart, after ? clauseEnd : q.end],
    { kind: kindOf(name, ''), investmentQ: q, confidence: 0.8, why: 'NAME总投资X亿元' },
    ctx,
  )
}

/** B: NAME、NAME等N个项目STAGE — the names are examples of the count. */
function examplesOf(s: Sentence, q: Quantity, ctx: Ctx): ProjectFind[] {
  const { text } = ctx
  if (!/^(?:个|家|项|户)$/.test(q.unitText)) return []
  const clauseStart = clauseStartBefore(text, s.start, q.start)
  const pre = text.slice(clauseStart, q.start)
  if (!pre.endsWith('等')) return []
  const clauseEnd = clauseEndAfter(text, q.end, s.end)
  const post = text.slice(q.end, clauseEnd)
  const listNoun = post.match(/^[^,;。]*?(项目|企业)/)?.[1] ?? q.unitText
  const leadVerb = lastStage(pre.slice(0, 8))
  const stageWord = findStage(post) ?? (leadVerb && leadVerb.index === 0 ? leadVerb : undefined)
  if (!stageWord) return []
  const body = pre.slice(0, -1).replace(/^(?:完成|实施|推进|开工建设|建成|培育|新建|同步新建)/, '')
  const names = body.split('、').map(stripProject)
  if (!names.length || !names.every(isProjectName)) return []
  let cursor = clauseStart
  return names.map((name) => {
    const at = text.indexOf(name, cursor)
    cursor = at + name.length
    return make(
      name,
      s,
      { stage: stageWord.stage, text: stageWord.text, stated: true },
      [clauseStart, clauseEnd],
      { kind: kindOf(name, listNoun), countQ: q, confidence: 0.8, why: 'NAME、NAME等N个项目STAGE' },
      ctx,
    )
  })
}

/** C: a clause that is names and a stage word (瑞博电力主体完工). */
function clauseProjects(s: Sentence, ctx: Ctx, busy: (a: number, b: number) => boolean): ProjectFind[] {
  const out: ProjectFind[] = []
  const { text } = ctx
  let start = s.start
  for (let i = s.start; i <= s.end; i++) {
    if (i < s.end && !/[,;:。]/.test(text[i] ?? '')) continue
    const clause = text.slice(start, i)
    const clauseStart = start
    start = i + 1
    if (busy(clauseStart, i)) continue
    const trimmed = clause.replace(LOCATION_TAIL, '$1')
    const stage = endingStage(trimmed)
    // 推进/在建 after a name says "under way", too weak alone to make a name a project.
    if (!stage || stage.stage === 'in-progress') continue
    const head = trimmed
      .slice(0, stage.index)
      .replace(ADVERBS, '')
      .replace(/^(?:成功|顺利|全面|确保|力争|加快|推动|推进|争取|全力|重点)+/, '')
      // A、B等重大项目建成投用: the names are before 等; what follows it names the category.
      .replace(/等(?:一批)?[^、]{0,8}?(?:项目|企业|工程|设施)$/, '')
    const names = head.split('、')
    if (!head || !names.every(isProjectName)) continue
    for (const name of names)
      out.push(
        make(
          name,
          s,
          { stage: stage.stage, text: stage.text, stated: true },
          [clauseStart, i],
          { kind: kindOf(name, ''), confidence: 0.6, why: 'NAME + stage word' },
          ctx,
        ),
      )
  }
  return out
}

/** Every named project, with the quantities that belong to it (an investment; a figure in its name). */
export function findProjects(ctx: Ctx): ProjectFind[] {
  const found: ProjectFind[] = []
  for (const s of ctx.sentences) {
    if (s.part !== 'review' && s.part !== 'plan') continue
    const qs = ctx.quantities.filter((q) => q.start >= s.start && q.end <= s.end)
    const a = qs.flatMap((q) => withInvestment(s, q, ctx) ?? [])
    const b = qs.flatMap((q) => examplesOf(s, q, ctx))
    const taken = [...a, ...b].map((p) => p.span)
    const busy = (x: number, y: number) =>
      taken.some(([p, r]) => p < y && x < r) ||
      qs.some((q) => q.start >= x && q.end <= y && !NAME_FIGURE.test(ctx.text.slice(q.numStart, q.end + 1)))
    found.push(...a, ...b, ...clauseProjects(s, ctx, busy))
  }
  return found
}
