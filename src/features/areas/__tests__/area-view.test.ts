import { describe, expect, it } from 'vitest'
import { realReport, reportText } from '@/testing/data'
import { areaView, topicParagraphs } from '../model/area-view'

const report = realReport()
const text = reportText()

describe('an area’s own paragraphs', () => {
  it('are given for an area with nothing to quote, each from its heading to the end of its line', () => {
    const reform = areaView(report, 'reform', text)
    expect(reform?.quotes).toEqual([])
    expect(reform?.passages).toHaveLength(1)
    expect(reform?.passages[0]).toMatch(/^重点改革稳步实施。.*“标准地”改革全面启动。$/)
    expect(reform?.passages[0]).not.toContain('科技创新实现突破')
  })

  it('are not given where the figures’ quotes already say it, nor without the text', () => {
    expect(areaView(report, 'agriculture', text)?.passages).toEqual([])
    expect(areaView(report, 'reform', '')?.passages).toEqual([])
  })

  it('take a heading only where it starts a line, not where a sentence mentions it', () => {
    const heading = '重点改革稳步实施。'
    const mentioned = `前文提到${heading}再说。\n${heading}这才是段落。\n下一段。`
    expect(topicParagraphs(report, ['topic-reform'], mentioned)).toEqual([`${heading}这才是段落。`])
    expect(topicParagraphs(report, ['topic-reform'], `只在句中：${heading}`)).toEqual([])
    expect(topicParagraphs(report, ['no-such-topic'], text)).toEqual([])
  })
})
