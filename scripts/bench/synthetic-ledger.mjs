// An invented 重点项目台账 (示例数据, not any county's real projects) shaped like the ledgers 发改局 keep:
// a merged title row with the as-of month, a 单位：万元 line, a header, section rows (一、新开工项目),
// a 合计 row, projects with 行业, 乡镇, 建设性质, 总投资, 年度计划投资, 1-N月完成投资, 责任单位, 包保领导.
// Used by the ledger benchmark, the Chromium journeys and the screenshots.
import * as XLSX from '@e965/xlsx'

export const TOWNS = [
  '柳城街道',
  '大平房镇',
  '二十家子镇',
  '羊山镇',
  '胜利镇',
  '木头城子镇',
  '七道泉子镇',
  '台子镇',
  '波罗赤镇',
  '六家子镇',
  '北四家子乡',
  '西营子乡',
]
export const UNITS = [
  '县发改局',
  '县工信局',
  '县农业农村局',
  '县住建局',
  '县交通局',
  '县教育局',
  '县卫健局',
  '县商务局',
  '县能源局',
  '县文旅局',
]
export const INDUSTRIES = [
  '新能源',
  '农产品加工',
  '新材料',
  '装备制造',
  '市政',
  '教育',
  '医疗',
  '储能',
  '食用菌',
  '文旅康养',
  '光伏发电',
  '冶金',
]
const NATURES = ['新开工', '续建', '续建', '新开工', '竣工投产', '前期']
const LEADERS = ['王副县长', '李副县长', '张副县长', '刘副县长']
/** Report projects the ledger names in its own words (matched by name, or proposed). */
export const REPORT_NAMES = [
  '晶澳300MW光伏项目',
  '中电集中式储能电站',
  '瑞禾番茄全产业链',
  '百盛金山钛材',
  '东大矿冶中试基地',
]
/** Their industries as a ledger would write them. */
const REPORT_INDUSTRIES = ['光伏发电', '储能', '农产品加工', '新材料', '科技创新']

/** Deterministic numbers: the same file every run. */
function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * Rows of an invented ledger as of `month` (1–12): `n` projects, amounts in 万元. `progress` scales
 * completion, so next month's ledger of the same projects shows them further along.
 */
export function ledgerRows(n, month, { seed = 7, progress = 1 } = {}) {
  const r = rng(seed)
  const out = []
  for (let i = 0; i < n; i++) {
    const name =
      i < REPORT_NAMES.length ? REPORT_NAMES[i] : `示例项目${String(i + 1).padStart(5, '0')}（虚构）`
    const plan = Math.round(500 + r() * 20000)
    const total = plan * (2 + Math.floor(r() * 4))
    const pace = 0.2 + r() * 1.1 // share of time elapsed the project keeps up with
    const completed = Math.min(total, Math.round(plan * Math.min(1.2, (month / 12) * pace * progress)))
    out.push({
      name,
      industry: REPORT_INDUSTRIES[i] ?? INDUSTRIES[Math.floor(r() * INDUSTRIES.length)],
      town: TOWNS[Math.floor(r() * TOWNS.length)],
      nature: NATURES[Math.floor(r() * NATURES.length)],
      total,
      plan: r() < 0.03 ? '' : plan, // a few projects state no annual plan: they get no light
      completed,
      start: `2023.${String(1 + Math.floor(r() * 6))}`,
      unit: UNITS[Math.floor(r() * UNITS.length)],
      leader: LEADERS[Math.floor(r() * LEADERS.length)],
    })
  }
  return out
}

const HEADER = [
  '序号',
  '项目名称',
  '所属行业',
  '建设地点',
  '建设性质',
  '总投资',
  '年度计划投资',
  `1-{M}月完成投资`,
  '开工时间',
  '责任单位',
  '包保领导',
  '备注',
]

/** The rows as an .xlsx workbook's bytes, laid out as a county ledger (title, unit line, 合计, sections). */
export function ledgerXlsx(rows, month, { year = 2023, sheet = `${month}月台账` } = {}) {
  const aoa = [
    [`朝阳县${year}年重点项目推进情况表（截至${month}月底）（示例数据，虚构）`],
    ['单位：万元'],
    HEADER.map((h) => h.replace('{M}', String(month))),
  ]
  const sum = (k) => rows.reduce((s, x) => s + (typeof x[k] === 'number' ? x[k] : 0), 0)
  aoa.push(['', '合计', '', '', '', sum('total'), sum('plan'), sum('completed'), '', '', '', ''])
  const merges = ['A1:L1']
  let seq = 0
  const groups = [
    ['一、新开工及前期项目', rows.filter((x) => x.nature === '新开工' || x.nature === '前期')],
    ['二、续建及竣工项目', rows.filter((x) => x.nature !== '新开工' && x.nature !== '前期')],
  ]
  for (const [label, list] of groups) {
    aoa.push([label])
    merges.push(`A${aoa.length}:L${aoa.length}`)
    for (const x of list) {
      seq++
      aoa.push([
        seq,
        x.name,
        x.industry,
        x.town,
        x.nature,
        x.total,
        x.plan,
        x.completed,
        x.start,
        x.unit,
        x.leader,
        '',
      ])
    }
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa)
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m))
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, sheet)
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }))
}
