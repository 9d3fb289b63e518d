// The columns of a 重点项目台账 and the header words that name them, from the ledgers county 发改局
// keep. Patterns run on headerKey() text: normalised, no spaces, no bracketed units.
import type { FieldRules } from './column-guess'

export const LEDGER_FIELDS = [
  'seq', // 序号: not kept, but 一、/（一） in it marks a section row
  'name',
  'sector',
  'township',
  'nature',
  'totalInvestment',
  'planInvestment',
  'completedInvestment',
  'start',
  'unit',
  'leader',
  'remarks',
] as const
export type LedgerField = (typeof LEDGER_FIELDS)[number]

/** The amount columns, read as numbers in the ledger's unit. */
export const AMOUNT_FIELDS = ['totalInvestment', 'planInvestment', 'completedInvestment'] as const

const M = '\\d{1,2}(?:-|~|至|到)\\d{1,2}月' // 1-6月, 1~6月, 1至6月
const Y = '(?:\\d{4}年度?|本年度?|年度|今年|当年)'

// A rate or a progress note is about an amount but is not one: 完成率, 计划完成比例, 完成情况, 形象进度.
const NOT_RATE = '(?!.*(?:率|比例|占比|进度|情况))'

/** The pattern, never matching a heading that names a rate or a progress note. */
function amount(re: RegExp): RegExp {
  return new RegExp(
    re.source.startsWith('^') ? `^${NOT_RATE}${re.source.slice(1)}` : `^${NOT_RATE}.*${re.source}`,
  )
}

export const LEDGER_RULES: FieldRules<LedgerField> = {
  seq: [[/^(序号|编号|no|#)$/, 1]],
  name: [
    [/^(项目名称|项目|项目名|工程名称|项目\/企业名称|企业名称|项目及企业名称)$/, 1],
    [/(项目名称|工程名称)/, 0.9],
    [/^名称$/, 0.8],
    [/名称/, 0.55],
  ],
  sector: [
    [/^(所属行业|行业|产业类别|所属产业|产业|行业类别|行业分类|产业分类|所属领域|领域|产业类型)$/, 1],
    [/(行业|产业)/, 0.75],
    [/^项目类别$/, 0.5],
  ],
  township: [
    [
      /^(建设地点|所在乡镇|地点|项目地点|所在地|乡镇|属地|乡镇街道|所在乡镇街道|实施地点|项目所在地|建设地址|选址)$/,
      1,
    ],
    [/(地点|乡镇|所在地|属地|选址)/, 0.8],
  ],
  nature: [
    [/^(建设性质|项目状态|类别|项目性质|项目类型|建设状态|性质|建设阶段|项目阶段)$/, 1],
    [/(建设性质|项目性质|项目状态|建设状态)/, 0.85],
    [/^项目类别$/, 0.55],
  ],
  totalInvestment: [
    [amount(/^(总投资|计划总投资|项目总投资|总投资额|投资总额|估算总投资|概算总投资)$/), 1],
    [amount(/(总投资|投资总额)/), 0.9],
  ],
  planInvestment: [
    [amount(new RegExp(`^(${Y}?计划投资|${Y}?投资计划|年度计划|${Y}计划完成投资|${Y}计划|计划投资额)$`)), 1],
    [amount(/^计划$/), 0.7],
    [amount(/(计划投资|投资计划|年度计划)/), 0.8],
  ],
  completedInvestment: [
    // The year's completion first: status is completed ÷ the year's plan.
    [amount(new RegExp(`^${Y}?${M}(累计)?(完成投资|完成|完成额|实际完成投资|已完成投资)$`)), 1],
    [amount(new RegExp(`^${Y}?(累计)?(完成投资|已完成投资|实际完成投资|完成额)$`)), 0.9],
    [amount(new RegExp(`${M}.*完成`)), 0.85],
    [amount(/^(完成|实际完成|已完成)$/), 0.75],
    [amount(/(开工以来|自开工|建设以来|累计完成).*投资/), 0.6],
    [amount(/完成/), 0.5],
  ],
  start: [
    [/^(开工时间|开工年月|开工日期|计划开工时间|开工年份|开工)$/, 1],
    [/开工(时间|日期|年月)/, 0.85],
  ],
  unit: [
    [/^(责任单位|牵头单位|责任部门|牵头部门|主责单位|负责单位|县直责任单位|主管部门|推进单位|服务单位)$/, 1],
    [/(责任单位|牵头单位|责任部门|主管部门)/, 0.85],
  ],
  leader: [
    [
      /^(包保领导|县级包保领导|包保县领导|联系领导|分包领导|县级领导|包联领导|牵头领导|责任领导|县级包联领导)$/,
      1,
    ],
    [/(包保|包联|领导)/, 0.8],
  ],
  remarks: [
    [/^(备注|说明|备考)$/, 1],
    [/备注/, 0.8],
  ],
}
