import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocxText } from '../docx'
import { ingestText } from '../ingest'

describe('.docx', () => {
  it('reads paragraphs as lines and drafts from them', async () => {
    const bytes = readFileSync(resolve(process.cwd(), 'tests/fixtures/reports/county-report.docx'))
    const { text } = await readDocxText(new Uint8Array(bytes))
    expect(text.split('\n')[0]).toBe('青岚县2024年政府工作报告')
    const { review } = await ingestText(text)
    expect(review.items.find((i) => i.indicatorId === 'gdp' && i.role === 'level')?.value).toBe(186.4)
  })
})

describe('text files', () => {
  it('reads UTF-8, and GBK when the bytes are not UTF-8', async () => {
    const { decodeReportBytes } = await import('../decode')
    const utf8 = new TextEncoder().encode('地区生产总值113.6亿元')
    expect(decodeReportBytes(utf8)).toEqual({ text: '地区生产总值113.6亿元', encoding: 'utf-8' })
    // 地区 in GBK: B5 D8 C7 F8
    expect(decodeReportBytes(new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8]))).toEqual({
      text: '地区',
      encoding: 'gbk',
    })
  })
})
