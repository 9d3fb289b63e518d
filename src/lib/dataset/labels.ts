import type { Lang } from '@/lib/format/quantity'
import type { LabelText, Sector, Stage } from './schema'

// The names of the dataset's own taxonomies (schema.ts SECTORS / STAGES), in both languages. They
// belong with the schema, not with one screen: Projects, Sectors and Presentation all name sectors
// and stages, and must name them alike. Plain data (no i18n catalog) so pure model code — sorting
// by sector name, CSV columns — can use them without a translation function.

export const SECTOR_LABELS: Readonly<Record<Sector, LabelText>> = {
  energy: { zh: '能源', en: 'Energy' },
  agrifood: { zh: '农业与食品', en: 'Agri-food' },
  materials: { zh: '新材料', en: 'New materials' },
  manufacturing: { zh: '制造业', en: 'Manufacturing' },
  mining: { zh: '矿业', en: 'Mining' },
  digital: { zh: '数字经济', en: 'Digital economy' },
  urban: { zh: '城市建设', en: 'Urban construction' },
  'public-services': { zh: '公共服务', en: 'Public services' },
  innovation: { zh: '科技创新', en: 'Innovation' },
}

/** Pipeline stages in the report's words (签约, 开复工, 投产达效 …). */
export const STAGE_LABELS: Readonly<Record<Stage, LabelText>> = {
  introduced: { zh: '引进', en: 'Introduced' },
  signed: { zh: '签约', en: 'Signed' },
  settled: { zh: '落户', en: 'Settled' },
  landed: { zh: '落地', en: 'Landed' },
  started: { zh: '开复工', en: 'Started or resumed' },
  'in-progress': { zh: '推进', en: 'Advancing' },
  'topped-out': { zh: '主体完工', en: 'Main structure completed' },
  trial: { zh: '试生产', en: 'Trial production' },
  producing: { zh: '投产达效', en: 'In production' },
  operating: { zh: '建成运行', en: 'Operating' },
}

export function sectorLabel(sector: Sector, lang: Lang): string {
  return SECTOR_LABELS[sector][lang]
}

export function stageLabel(stage: Stage, lang: Lang): string {
  return STAGE_LABELS[stage][lang]
}
