import { describe, expect, it } from 'vitest'
import { dataText } from '@/testing/fixtures'
import { assembleManifest, type PresentReport } from '../assemble-manifest'
import { printJson } from '../print-json'

const report = (id: string, year: number, county = '朝阳县'): PresentReport => ({
  file: `${id}/report.json`,
  report: {
    id,
    county: { zh: county, en: county },
    year,
    title: { zh: `${county}${year}年政府工作报告`, en: `${county} ${year}` },
  },
})

describe('assembleManifest', () => {
  it('lists every report present, newest first, from what each report states', () => {
    const m = assembleManifest([
      report('chaoyang-2023', 2023),
      report('chaoyang-2024', 2024),
      report('beipiao-2024', 2024, '北票市'),
    ])
    expect(m.reports.map((r) => r.id)).toEqual(['beipiao-2024', 'chaoyang-2024', 'chaoyang-2023'])
    expect(m.reports[2]).toEqual({
      id: 'chaoyang-2023',
      county: { zh: '朝阳县', en: '朝阳县' },
      year: 2023,
      title: { zh: '朝阳县2023年政府工作报告', en: '朝阳县 2023' },
      file: 'chaoyang-2023/report.json',
    })
  })

  it('keeps the current default while it is present, else opens the newest', () => {
    const two = [report('chaoyang-2023', 2023), report('chaoyang-2024', 2024)]
    expect(assembleManifest(two, 'chaoyang-2023').defaultReport).toBe('chaoyang-2023')
    expect(assembleManifest(two, 'gone-2022').defaultReport).toBe('chaoyang-2024')
    expect(assembleManifest(two).defaultReport).toBe('chaoyang-2024')
  })

  it('refuses no reports, and two reports with one id', () => {
    expect(() => assembleManifest([])).toThrow(/at least one/)
    expect(() =>
      assembleManifest([report('a-2023', 2023), { ...report('a-2023', 2023), file: 'b/report.json' }]),
    ).toThrow(/two reports with the id a-2023 \(one is b\/report.json\)/)
  })

  it('assembles the committed manifest byte for byte from the committed report', () => {
    const committed = dataText('manifest.json')
    const r = JSON.parse(dataText('chaoyang-2023/report.json'))
    expect(
      printJson(assembleManifest([{ file: 'chaoyang-2023/report.json', report: r }], 'chaoyang-2023')),
    ).toBe(committed)
  })
})

describe('printJson', () => {
  it('prints as Biome formats JSON: plain arrays on one line when they fit in 110 columns', () => {
    expect(printJson({ a: [], b: ['x', 'y'], c: {}, d: [{ e: 1 }] })).toBe(
      '{\n  "a": [],\n  "b": ["x", "y"],\n  "c": {},\n  "d": [\n    {\n      "e": 1\n    }\n  ]\n}\n',
    )
    const long = Array.from({ length: 12 }, (_, i) => `item-number-${i}`)
    expect(printJson({ k: long }).split('\n')).toHaveLength(long.length + 5)
  })
})
