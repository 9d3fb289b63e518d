import type { Sector, Stage } from '../dataset/schema'

// The words reports use for a project's stage, mapped onto the dataset's stages (taxonomy.ts), and
// the words that suggest a project's sector. Longest words first, so 开复工 wins over 开工 and
// 投产达效 over 投产.

const STAGE_WORDS: [string, Stage][] = [
  ['开复工', 'started'],
  ['新开工', 'started'],
  ['开工建设', 'started'],
  ['开工', 'started'],
  ['复工', 'started'],
  ['启动', 'started'],
  ['主体完工', 'topped-out'],
  ['主体竣工', 'topped-out'],
  ['封顶', 'topped-out'],
  ['试生产', 'trial'],
  ['试运行', 'trial'],
  ['试投产', 'trial'],
  ['投产达效', 'producing'],
  ['达产达效', 'producing'],
  ['竣工投产', 'producing'],
  ['建成投产', 'producing'],
  ['重组复产', 'producing'],
  ['投产', 'producing'],
  ['达产', 'producing'],
  ['复产', 'producing'],
  ['建成投用', 'operating'],
  ['建成运行', 'operating'],
  ['建成运营', 'operating'],
  ['投入使用', 'operating'],
  ['投入运营', 'operating'],
  ['建成', 'operating'],
  ['竣工', 'operating'],
  ['完工', 'operating'],
  ['投用', 'operating'],
  ['签约', 'signed'],
  ['落地', 'landed'],
  ['落户', 'settled'],
  ['引进', 'introduced'],
  ['推进', 'in-progress'],
  ['在建', 'in-progress'],
  ['续建', 'in-progress'],
]
STAGE_WORDS.sort((a, b) => b[0].length - a[0].length)

const STAGE_RE = new RegExp(STAGE_WORDS.map(([w]) => w).join('|'))
const STAGE_END_RE = new RegExp(`(${STAGE_WORDS.map(([w]) => w).join('|')})$`)

export type StageWord = { text: string; stage: Stage; index: number }

function stageOf(word: string): Stage {
  return STAGE_WORDS.find(([w]) => w === word)?.[1] ?? 'in-progress'
}

/** The first stage word in `text`, if any. */
export function findStage(text: string): StageWord | undefined {
  const m = STAGE_RE.exec(text)
  return m ? { text: m[0], stage: stageOf(m[0]), index: m.index } : undefined
}

/** The last stage word in `text` (the verb nearest a following list), if any. */
export function lastStage(text: string): StageWord | undefined {
  let found: StageWord | undefined
  for (const m of text.matchAll(new RegExp(STAGE_RE.source, 'g')))
    found = { text: m[0], stage: stageOf(m[0]), index: m.index }
  return found
}

/** A stage word that ends `text` (瑞博电力主体完工). */
export function endingStage(text: string): StageWord | undefined {
  const m = STAGE_END_RE.exec(text)
  return m?.[1] ? { text: m[1], stage: stageOf(m[1]), index: m.index } : undefined
}

// A sector word in the project's own name states its sector (压缩空气储能 → energy, 汇洋新材料 →
// materials): stated. Other words only suggest it (中央厨房 → agri-food, 安防 → manufacturing), and a
// project whose name says nothing takes the sector its paragraph suggests: inferred.
const STATED: [RegExp, Sector][] = [
  [/储能|光伏|风电|新能源|能源|电站|发电/, 'energy'],
  [/新材料/, 'materials'],
  [/矿业|矿山/, 'mining'],
  [/数字|数据中心|5G/, 'digital'],
  [/农产品|粮食|农业|食品|畜牧|养殖/, 'agrifood'],
  [/研究院|研发中心|中试基地|实验室|科技园/, 'innovation'],
  [/医院|卫生院|学校|中学|小学|幼儿园|养老院|文化宫|体育馆|图书馆|博物馆/, 'public-services'],
]
const SUGGESTED: [RegExp, Sector][] = [
  [/电力|氢能|光热|充电|风光|热电|生物质/, 'energy'],
  [/材料|钛|锆|化工|钢|铝|镁|硅|合金/, 'materials'],
  [/矿/, 'mining'],
  [/智慧|信息化|软件|云计算|大数据|算力|互联网|电商/, 'digital'],
  [/果|蔬|菜|羊|牛|猪|鸡|乳|牧|渔|茶|酒|中央厨房|冷链|收储|番茄|育肥|繁殖|种|农/, 'agrifood'],
  [/研发|科技|创新|大学|孵化/, 'innovation'],
  [/学堂|学点|卫生|养老|文化|体育|消防|公园|宫|馆|学|[一二三四五六七八九十]中/, 'public-services'],
  [/大街|道路|街|路|桥|小区|院|城|棚改|管网|供水|供热|污水|市政|房/, 'urban'],
  [/制造|装备|机械|智能|轧辊|安防|汽车|电子|纺织|轴承|模具|工业/, 'manufacturing'],
]

export function inferSector(name: string, context: string): { sector: Sector; stated: boolean } {
  for (const [re, sector] of STATED) if (re.test(name)) return { sector, stated: true }
  for (const [re, sector] of SUGGESTED) if (re.test(name)) return { sector, stated: false }
  for (const [re, sector] of [...STATED, ...SUGGESTED]) if (re.test(context)) return { sector, stated: false }
  return { sector: 'manufacturing', stated: false }
}
