// The words for each light and each rule, in both languages: the legend on the Monitoring screen, on
// slides and in exports. Colour is never the only signal, so every light has a word.
import type { LabelText } from '../dataset/schema'
import type { Light, NoLightReason, RuleId } from './rules'
import type { Thresholds } from './thresholds'

export const LIGHT_WORDS: Readonly<Record<Light, LabelText>> = {
  green: { zh: '正常', en: 'On track' },
  yellow: { zh: '预警', en: 'Warning' },
  red: { zh: '滞后', en: 'Behind' },
}

export const NO_LIGHT_WORDS: Readonly<Record<NoLightReason, LabelText>> = {
  'no-actual': { zh: '暂无累计数据', en: 'No cumulative figure yet' },
  'no-target': { zh: '无量化目标', en: 'No numeric target' },
  'no-plan': { zh: '无年度计划投资,不判断', en: 'No annual plan investment: not rated' },
  'no-completed': { zh: '未填完成投资', en: 'Completed investment not given' },
  'bad-as-of': { zh: '截止日期不明', en: 'As-of date unknown' },
  'unit-mismatch': { zh: '实际值与目标单位不同', en: 'Actual and target in different units' },
}

export type RuleText = {
  name: LabelText
  formula: LabelText
  legend: (t: Thresholds) => Record<Light, LabelText>
}

/** The stated rules, with the thresholds filled in where the legend shows them. */
export const RULE_TEXT: Readonly<Record<RuleId, RuleText>> = {
  'growth-vs-target': {
    name: { zh: '增速对比目标', en: 'Growth vs target' },
    formula: { zh: '差距 = 累计增速 − 目标增速(百分点)', en: 'gap = cumulative growth − target growth (pp)' },
    legend: (t) => ({
      green: { zh: '累计增速 ≥ 目标', en: 'growth ≥ target' },
      yellow: {
        zh: `低于目标不超过 ${t.growthTolerance} 个百分点`,
        en: `below target by ≤ ${t.growthTolerance} pp`,
      },
      red: {
        zh: `低于目标超过 ${t.growthTolerance} 个百分点`,
        en: `below target by > ${t.growthTolerance} pp`,
      },
    }),
  },
  'progress-vs-time': {
    name: { zh: '完成进度对比时序进度', en: 'Progress vs time elapsed' },
    formula: {
      zh: '完成进度 = 累计值 ÷ 目标值;时序进度 = 月数 ÷ 12(1–3月 = 25%)',
      en: 'progress = cumulative ÷ target; time elapsed = months ÷ 12 (Jan–Mar = 25%)',
    },
    legend: (t) => progressLegend(t.progressTolerance),
  },
  'project-vs-time': {
    name: { zh: '年度投资完成率对比时序进度', en: 'Annual completion vs time elapsed' },
    formula: {
      zh: '完成率 = 完成投资 ÷ 年度计划投资;时序进度按截止日期计算',
      en: 'completion = completed ÷ annual plan investment; time elapsed at the as-of date',
    },
    legend: (t) => progressLegend(t.progressTolerance),
  },
}

function progressLegend(tol: number): Record<Light, LabelText> {
  return {
    green: { zh: '进度 ≥ 时序进度', en: 'progress ≥ time elapsed' },
    yellow: { zh: `落后时序进度不超过 ${tol} 个百分点`, en: `behind time elapsed by ≤ ${tol} pp` },
    red: { zh: `落后时序进度超过 ${tol} 个百分点`, en: `behind time elapsed by > ${tol} pp` },
  }
}
