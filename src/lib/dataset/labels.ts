import { defineCatalog } from '../i18n/common'
import { type Lang, readsSource } from '../i18n/languages'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'
import type { Project, Sector, Stage } from './schema'
import type { StageGroup } from './taxonomy'

// The names of the dataset's own taxonomies (taxonomy.ts SECTORS / STAGES) live in a message catalog
// of their own (./locales: sector.*, stage.*), so every screen names a sector or stage alike and a
// translator finds them with every other word; it loads with the screens that name them, not with the
// first paint. Plain functions, so pure model code (sorting by a sector's name, CSV columns) can use
// them without React.
const taxonomy = defineCatalog<typeof catalog>('taxonomy', { zh, en })

export function sectorLabel(sector: Sector, lang: Lang): string {
  return taxonomy.translate(lang, `sector.${sector}`)
}

/** Pipeline stages in the report's words (签约, 开复工, 投产达效 …). */
export function stageLabel(stage: Stage, lang: Lang): string {
  return taxonomy.translate(lang, `stage.${stage}`)
}

/** A group of stages as staff name it: 在建, 已投产 … */
export function stageGroupLabel(group: StageGroup, lang: Lang): string {
  return taxonomy.translate(lang, `stageGroup.${group}`)
}

/** A project's stage as the reader reads it: the report's own word (投入使用 …) in its language. */
export function stageWords(project: Pick<Project, 'stage' | 'stageText'>, lang: Lang): string {
  return readsSource(lang) ? project.stageText : stageLabel(project.stage, lang)
}
