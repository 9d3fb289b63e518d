// Invented ledgers (示例数据, not any county's real projects) built in the test the way staff's files
// look: a merged title with the as-of month, a 单位：万元 line, a two-row header, a 合计 row, section
// rows, an unreadable amount; and next month's as a GBK CSV exported from WPS.
import * as XLSX from '@e965/xlsx'
import { gbkBytes } from '../../../src/lib/imports/__tests__/helpers/gbk'

type P = {
  name: string
  industry: string
  town: string
  nature: string
  total: number
  plan: number | string
  done: number | string
  dept: string
}

/** The June projects: 完成 ÷ 计划 against 50% of the year (default tolerance 10 points). */
export const JUNE: P[] = [
  {
    name: '晶澳300MW光伏项目',
    industry: '新能源',
    town: '柳城街道',
    nature: '续建',
    total: 120000,
    plan: 30000,
    done: 18000,
    dept: '县发改局',
  }, // 60% green
  {
    name: '示例番茄加工厂（虚构）',
    industry: '农产品加工',
    town: '大平房镇',
    nature: '新开工',
    total: 20000,
    plan: 8000,
    done: 1200,
    dept: '县农业农村局',
  }, // 15% red
  {
    name: '示例第二污水处理厂（虚构）',
    industry: '市政',
    town: '大平房镇',
    nature: '新开工',
    total: 15000,
    plan: 6000,
    done: 2700,
    dept: '县住建局',
  }, // 45% yellow
  {
    name: '示例食用菌基地（虚构）',
    industry: '食用菌',
    town: '羊山镇',
    nature: '续建',
    total: 5000,
    plan: 2000,
    done: 1500,
    dept: '县农业农村局',
  }, // 75% green
  {
    name: '示例职教中心（虚构）',
    industry: '教育',
    town: '柳城街道',
    nature: '前期',
    total: 9000,
    plan: '',
    done: '',
    dept: '县教育局',
  }, // no plan: no light
]

export function juneXlsx(): Uint8Array {
  const rows: unknown[][] = [
    ['朝阳县2023年重点项目推进情况表（截至6月底）（示例数据）'],
    ['单位：万元'],
    ['序号', '项目名称', '所属行业', '所在乡镇', '建设性质', '总投资', '2023年投资', '', '主管科室'],
    ['', '', '', '', '', '', '计划投资', '1-6月完成', ''],
    ['', '合计', '', '', '', 169000, 46000, 23400, ''],
    ['一、续建项目'],
  ]
  let seq = 0
  for (const p of JUNE)
    rows.push([++seq, p.name, p.industry, p.town, p.nature, p.total, p.plan, p.done, p.dept])
  rows.push([++seq, '示例约数项目（虚构）', '新材料', '胜利镇', '新开工', 3000, 1000, '约500', '县工信局'])
  rows.push(['注：本表为示例数据，不是任何县的真实项目。'])
  const ws = XLSX.utils.aoa_to_sheet(rows)
  ws['!merges'] = [
    'A1:I1',
    'A3:A4',
    'B3:B4',
    'C3:C4',
    'D3:D4',
    'E3:E4',
    'F3:F4',
    'G3:H3',
    'I3:I4',
    'A6:I6',
  ].map((r) => XLSX.utils.decode_range(r))
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, '6月')
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** July: the same projects further along, as a GBK CSV with a title line (amounts in 万元, one as text with commas). */
export function julyGbkCsv(): Uint8Array {
  const done: Record<string, string> = {
    晶澳300MW光伏项目: '"21,500"',
    '示例番茄加工厂（虚构）': '2800',
    '示例第二污水处理厂（虚构）': '3600',
    '示例食用菌基地（虚构）': '1700',
    '示例职教中心（虚构）': '',
  }
  const lines = [
    '朝阳县2023年重点项目台账（截至7月底）（示例数据）,,,,,,,',
    '项目名称,行业,建设地点,建设性质,总投资(万元),年度计划投资(万元),1-7月完成投资(万元),责任单位',
    ...JUNE.map((p) =>
      [p.name, p.industry, p.town, p.nature, p.total, p.plan, done[p.name], p.dept].join(','),
    ),
    '合计,,,,,,,',
  ]
  return gbkBytes(`${lines.join('\r\n')}\r\n`)
}
