import { describe, expect, it } from 'vitest'
import { DataError } from '../errors'
import { parseManifest, parseReport } from '../validate'
import { MANIFEST_FILE, REPORT_FILE, rawReport, readData } from './load'

// Schema failures in words: what was expected (type, allowed values, range, rule) and what was there,
// with unknown fields named, in Chinese and English. Never zod/mini's bare "Invalid input".

// biome-ignore lint/suspicious/noExplicitAny: a free-form JSON tree the tests edit in place
type Json = Record<string, any>

function issuesOf(fn: () => unknown) {
  try {
    fn()
  } catch (e) {
    if (e instanceof DataError) return e.issues
    throw e
  }
  throw new Error('expected a DataError')
}

const report = (change: (r: Json) => void) => {
  const r = rawReport() as Json
  change(r)
  return issuesOf(() => parseReport(r, REPORT_FILE))
}
const manifest = (change: (m: Json) => void) => {
  const m = JSON.parse(readData(MANIFEST_FILE)) as Json
  change(m)
  return issuesOf(() => parseManifest(m, MANIFEST_FILE))
}

describe('schema failures in words', () => {
  it('a wrong type says what was expected and what was there', () => {
    const [first] = report((r) => {
      r.indicators[0].growth.value = '5.0'
    })
    expect(first?.path).toBe('indicators[0].growth.value')
    expect(first?.text?.en).toBe('expected a number, got text "5.0"')
    expect(first?.text?.zh).toBe('应为数字，实际是文本 "5.0"')
    expect(first?.message).toBe(first?.text?.en)
  })

  it('a missing field is called missing', () => {
    const [first] = report((r) => {
      delete r.indicators[0].label
    })
    expect(first?.path).toBe('indicators[0].label')
    expect(first?.text?.en).toBe('required field is missing (expected an object)')
    expect(first?.text?.zh).toContain('缺少必填字段')
  })

  it('a value outside an enum lists the allowed values', () => {
    const [first] = report((r) => {
      r.indicators[0].basis = 'nominalish'
    })
    expect(first?.text?.en).toBe('expected one of "real", "nominal", "unstated", got text "nominalish"')
    expect(first?.text?.zh).toBe('应为以下之一："real"、"nominal"、"unstated"；实际是文本 "nominalish"')
  })

  it('unknown fields are named, each of them', () => {
    const [first] = report((r) => {
      r.projects[0].investmnet = 3
      r.projects[0].colour = 'red'
    })
    expect(first?.path).toBe('projects[0]')
    expect(first?.text?.en).toBe('unknown fields "investmnet", "colour": this object allows no other fields')
    expect(first?.text?.zh).toContain('"investmnet"、"colour"')
  })

  it('a range says its limit', () => {
    const [first] = report((r) => {
      r.derived[0].decimals = 9
    })
    expect(first?.text?.en).toBe('expected at most 6, got 9')
    expect(first?.text?.zh).toBe('应不大于 6，实际是 9')
    const [positive] = report((r) => {
      r.projects.find((p: Json) => p.investment).investment.value = 0
    })
    expect(positive?.text?.en).toBe('expected more than 0, got 0')
  })

  it('a figure beyond the limits names the limits', () => {
    const [first] = report((r) => {
      r.indicators[0].growth.value = 1e300
    })
    expect(first?.text?.en).toContain('no larger than ±1,000,000,000,000')
    expect(first?.text?.en).toContain('got 1e+300')
    const [tiny] = report((r) => {
      r.indicators[0].growth.value = 5e-324
    })
    expect(tiny?.text?.zh).toContain('不小于 0.000001')
  })

  it('a rule written as a message key reads as its words (ids, years, unions)', () => {
    const [id] = report((r) => {
      r.projects[0].id = 'Not An Id'
    })
    expect(id?.text?.en).toMatch(/^expected an id in lower-case kebab-case .*, got text "Not An Id"$/)
    const [period] = report((r) => {
      r.indicators[0].growth.period = '22'
    })
    expect(period?.text?.en).toBe('expected a four-digit year, e.g. 2022, or “to-date”, got text "22"')
  })

  it('a very long value is clipped where it is echoed', () => {
    const [first] = report((r) => {
      r.indicators[0].basis = 'x'.repeat(100_000)
    })
    expect(first?.text?.en.length).toBeLessThan(200)
    expect(first?.text?.zh.length).toBeLessThan(200)
  })
})

describe('manifest paths and ids', () => {
  it.each([
    '../../etc/passwd',
    'chaoyang-2023/../../secret.json',
    '/etc/passwd',
    '//evil.example/report.json',
    'javascript:alert(1)',
    'https://example.com/report.json',
    'chaoyang-2023/report.json%00.txt',
    '%2e%2e/report.json',
    'chaoyang-2023\\report.json',
    './report.json',
    'a//b.json',
  ])('refuses the file path %s', (file) => {
    const [first] = manifest((m) => {
      m.reports[0].file = file
    })
    expect(first?.path).toBe('reports[0].file')
    expect(first?.text?.en).toMatch(/^expected a relative path inside the data folder/)
    expect(first?.text?.zh).toMatch(/^应为数据目录下的相对路径/)
  })

  it('refuses an unsafe textFile in a report', () => {
    const [first] = report((r) => {
      r.textFile = '../manifest.json'
    })
    expect(first?.path).toBe('textFile')
  })

  it('rejects two reports with one id', () => {
    const issues = manifest((m) => {
      m.reports.push({ ...m.reports[0], file: 'other/report.json' })
    })
    expect(issues[0]?.path).toBe('reports[1].id')
    expect(issues[0]?.text?.en).toMatch(/^duplicate id “.+” \(also at reports\[0\]\)$/)
    expect(issues[0]?.text?.zh).toMatch(/^编号“.+”重复/)
  })
})

describe('integrity issues in both languages', () => {
  it('an unknown reference names the kind of thing and the id', () => {
    const [first] = report((r) => {
      r.projects[3].areaId = 'nowhere'
    })
    expect(first?.text?.en).toBe('unknown area “nowhere”')
    expect(first?.text?.zh).toBe('找不到领域“nowhere”')
  })
})
