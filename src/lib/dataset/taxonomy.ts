// The project taxonomy, apart from the zod schema (which validates against it), so screens that only
// list sectors and stages do not load the schema library with them.

export const STAGES = [
  'introduced', // 引进
  'signed', // 签约
  'settled', // 落户
  'landed', // 落地
  'started', // 开工 / 启动
  'in-progress', // 推进
  'topped-out', // 主体完工
  'trial', // 试生产
  'producing', // 投产达效 / 复产 / 升规
  'operating', // 建成运行 / 投入使用 / 建成
] as const
export type Stage = (typeof STAGES)[number]

/**
 * The stages as county staff group them when they ask for a list: what has been signed or brought in
 * (招商签约), what is being built (在建: 开复工/新开工 and 续建, advancing, main structure done), and
 * what produces or runs (已投产: trial production, full production, in operation). Every stage is in
 * exactly one group (a test holds this), in pipeline order.
 */
export const STAGE_GROUPS = [
  { key: 'attracting', stages: ['introduced', 'signed', 'settled', 'landed'] },
  { key: 'building', stages: ['started', 'in-progress', 'topped-out'] },
  { key: 'running', stages: ['trial', 'producing', 'operating'] },
] as const satisfies readonly { key: string; stages: readonly Stage[] }[]
export type StageGroup = (typeof STAGE_GROUPS)[number]['key']

export const SECTORS = [
  'energy',
  'agrifood',
  'materials',
  'manufacturing',
  'mining',
  'digital',
  'urban',
  'public-services',
  'innovation',
  'other', // the report says nothing that places it (华兴惠民, a 数字化企业 of unknown trade)
] as const
export type Sector = (typeof SECTORS)[number]
