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
