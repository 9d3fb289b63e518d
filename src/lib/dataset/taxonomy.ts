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
