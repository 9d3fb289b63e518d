import { describe, expect, it } from 'vitest'
import { ingestWith } from '../ingest'
import { isProjectName } from '../projects'

const projectsOf = (body: string) =>
  ingestWith(
    `某县2023年政府工作报告\n一、2022年工作回顾\n${body}\n二、2023年工作安排\n地区生产总值增长6%。`,
  ).review.projects.map((p) => [
    p.name,
    p.stage,
    p.stageText,
    p.stageStated,
    p.investment?.valueYi ?? null,
    p.inReport,
  ])

describe('named projects', () => {
  it('reads 投资X亿元的NAME lists with the verb before them', () => {
    expect(
      projectsOf('成功引进投资24亿元的能建数科压缩空气储能、投资1.4亿元的逸通云菜中央厨房等一批高质量项目。'),
    ).toEqual([
      ['能建数科压缩空气储能', 'introduced', '引进', true, 24, true],
      ['逸通云菜中央厨房', 'introduced', '引进', true, 1.4, true],
    ])
  })

  it('reads the stage after the list, and 万元 investments in 亿元', () => {
    expect(projectsOf('投资12亿元的青岚风电二期、总投资5000万元的乡村冷链物流中心建成投产。')).toEqual([
      ['青岚风电二期', 'producing', '建成投产', true, 12, true],
      ['乡村冷链物流中心', 'producing', '建成投产', true, 0.5, true],
    ])
  })

  it('reads examples of a count and names followed by a stage word', () => {
    expect(
      projectsOf(
        '绿谷农产品加工、瑞丰粮食收储等44个项目主体完工。瑞博电力主体完工,中奉分散式风电落户开发区。',
      ),
    ).toEqual([
      ['绿谷农产品加工', 'topped-out', '主体完工', true, null, true],
      ['瑞丰粮食收储', 'topped-out', '主体完工', true, null, true],
      ['瑞博电力', 'topped-out', '主体完工', true, null, true],
      ['中奉分散式风电', 'settled', '落户', true, null, true],
    ])
  })

  it('keeps projects the plan names out of the report', () => {
    const draft = ingestWith(
      '某县2023年政府工作报告\n一、2022年工作回顾\n全年地区生产总值增长5%。\n二、2023年工作安排\n确保城北污水处理厂建成投产。',
    )
    expect(draft.review.projects.map((p) => [p.name, p.inReport])).toEqual([['城北污水处理厂', false]])
    expect(draft.report.projects).toEqual([])
  })

  it.each(['一批大项目', '好项目纷纷', '“标准地”改革', '实施重点项目', '招商引资扎实'])(
    '%s is not a project name',
    (name) => {
      expect(isProjectName(name)).toBe(false)
    },
  )
})

describe('odd inputs', () => {
  it('refuses an empty text with a plain message', () => {
    expect(() => ingestWith('  \n ')).toThrow(/empty/)
  })

  it('drafts a schema-valid report from one line', async () => {
    const { parseReport } = await import('@/lib/dataset/validate')
    const draft = ingestWith('全年地区生产总值增长5%')
    expect(() => parseReport(draft.report, 'one-line.json')).not.toThrow()
    expect(draft.review.items.map((i) => [i.indicatorId, i.value])).toEqual([['gdp', 5]])
  })
})
