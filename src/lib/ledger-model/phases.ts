// 建设性质 as staff group it in a 项目调度会: 新开工 and 续建 are 在建; 竣工 and 投产 are done; 前期
// (储备, 谋划, 签约) not yet started. The ledger's own word is kept; the class is for filtering.
import type { Stage } from '../dataset/taxonomy'
import { normalizeText } from '../imports/text'
import type { Phase } from './types'

// Order matters: 计划新开工 is 新开工, 竣工投产 is 投产 (the later state), 续建 before 在建.
const WORDS: readonly [RegExp, Phase][] = [
  [/投产|达产|达效|试生产|试运行/, 'producing'],
  [/竣工|完工|建成|交付|投用|投入使用/, 'completed'],
  [/新开工|开工|新建/, 'new'],
  [/续建|在建|复工|建设中/, 'continuing'],
  [/前期|储备|谋划|签约|招商|拟建|筹建|计划/, 'preparing'],
]

/** The class of a 建设性质 word; 'other' for a word that names none (停建, 缓建); null when blank. */
export function phaseOf(nature: string | undefined | null): Phase | null {
  const text = normalizeText(nature ?? '').replace(/\s+/g, '')
  if (text === '') return null
  for (const [re, phase] of WORDS) if (re.test(text)) return phase
  return 'other'
}

/**
 * The report's pipeline stages in the same classes, so one filter serves both sources: 签约/落地 are
 * 前期, 开工 is 新开工, 推进 is 续建, 主体完工/建成运行 are 竣工, 试生产/投产达效 are 投产.
 */
export const STAGE_PHASE: Readonly<Record<Stage, Phase>> = {
  introduced: 'preparing',
  signed: 'preparing',
  settled: 'preparing',
  landed: 'preparing',
  started: 'new',
  'in-progress': 'continuing',
  'topped-out': 'completed',
  trial: 'producing',
  producing: 'producing',
  operating: 'completed',
}

/** The groups staff use, each a set of classes: 在建 = 新开工 + 续建, 已竣工投产 = 竣工 + 投产. */
export const PHASE_GROUPS = {
  building: ['new', 'continuing'],
  done: ['completed', 'producing'],
} as const satisfies Record<string, readonly Phase[]>
export type PhaseGroup = keyof typeof PHASE_GROUPS

/** Whether the chosen classes are exactly a group's (its chip then shows as chosen). */
export function isGroupChosen(group: PhaseGroup, chosen: readonly Phase[]): boolean {
  const members: readonly Phase[] = PHASE_GROUPS[group]
  return chosen.length === members.length && members.every((p) => chosen.includes(p))
}
