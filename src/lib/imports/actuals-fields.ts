// The columns of an actuals file and the header words that name them, in the shapes staff have: our
// template (指标 | 期间 | 累计值 | 累计增速), and the statistics bureau's tables (指标名称 | 计量单位 |
// 本月 | 1-3月 | 比上年同期增长(%)), long or wide. Patterns run on headerKey() text.
import type { FieldRules } from './column-guess'

export const ACTUALS_FIELDS = [
  'indicator',
  'period',
  'value',
  'growth',
  'unit',
  'month',
  'periodGroup',
] as const
export type ActualsField = (typeof ACTUALS_FIELDS)[number]

const M = '\\d{1,2}(?:-|~|至|到)\\d{1,2}月'
const PERIOD_WORDS = `(\\d{4}年)?(${M}|\\d{1,2}月|第?[一二三四1-4]季度|前三季度|上半年|全年|q[1-4])`

export const ACTUALS_RULES: FieldRules<ActualsField> = {
  indicator: [
    [/^(指标|指标名称|indicator|主要指标|统计指标|指标项目|名称)$/, 1],
    [/^项目$/, 0.7],
    [/指标/, 0.8],
  ],
  period: [
    [/^(期间|时间|月份|period|统计期|统计时间|年月|日期|截止月份|统计月份|date|month)$/, 1],
    [/(期间|时间|月份)/, 0.7],
  ],
  value: [
    [
      /^(累计值|本期累计|value|累计|本年累计|累计完成|绝对值|总量|数值|完成值|累计数|1-本月累计|本月止累计|本年止累计|自年初累计)$/,
      1,
    ],
    [/(累计值|累计数|本年累计|本期累计|绝对量)/, 0.9],
    [/^(完成|实绩|实际|金额)$/, 0.6],
  ],
  growth: [
    [
      /^(累计增速|增长|增速|growth|比上年同期增长|比上年同期增长%|同比增长|增长率|比上年同期±%|比上年同期±|同比±%|同比±|比上年增长|累计增长|增幅)$/,
      1,
    ],
    [/(增速|增长|增幅|同比|比上年|±)/, 0.85],
  ],
  unit: [[/^(单位|计量单位|unit|计算单位)$/, 1]],
  // The single month's own figure: not a year-to-date one, so not read (and said so).
  month: [[/^(本月|当月|本月值|当月值|本月数|当月数|本月完成|当月完成|本期)$/, 1]],
  // A heading that only names a period (1-3月, 2023年一季度): a wide table's period group.
  periodGroup: [[new RegExp(`^${PERIOD_WORDS}(累计|份)?$`, 'i'), 0.9]],
}
