import { describe, expect, it } from 'vitest'
import { fileName } from '../download'
import { exportName } from '../index'
import { chartToSvg, escapeXml, wrapText } from '../svg'

describe('SVG export', () => {
  it('escapes XML and wraps long CJK titles', () => {
    expect(escapeXml('<a & "b">')).toBe('&#60;a &#38; &#34;b&#34;&#62;')
    expect(wrapText('一二三四五六', 6)).toEqual(['一二三', '四五六'])
  })

  it('wraps the chart with title, unit and source, colours inlined', () => {
    document.body.innerHTML =
      '<div id="c" style="--card:#000;--fg:#fff"><svg width="200" height="100"><rect width="10" height="10" style="fill: rgb(1, 2, 3)"/></svg></div>'
    const { svg, height } = chartToSvg(document.getElementById('c') as HTMLElement, {
      title: '增长 <对比>',
      unit: '单位：%',
      source: '来源：朝阳县2023年政府工作报告',
    })
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('增长 &#60;对比&#62;')
    expect(svg).toContain('单位：%')
    expect(svg).toContain('来源：朝阳县2023年政府工作报告')
    expect(svg).toContain('fill:rgb(1, 2, 3)')
    expect(height).toBeGreaterThan(100)
  })

  it('keeps the active filter and the caveat in the picture', () => {
    document.body.innerHTML =
      '<div id="c"><svg width="200" height="100"><rect width="10" height="10"/></svg></div>'
    const plain = chartToSvg(document.getElementById('c') as HTMLElement, { title: '各领域投资额' })
    const { svg, height } = chartToSvg(document.getElementById('c') as HTMLElement, {
      title: '各领域投资额',
      filter: '筛选：阶段 = 投产达效',
      note: '48 个项目中只有 6 个列明投资额，其余未计入。',
    })
    expect(svg).toMatch(/<text[^>]*data-export="filter"[^>]*>筛选：阶段 = 投产达效<\/text>/)
    expect(svg).toMatch(/<text[^>]*data-export="note"[^>]*>48 个项目中只有 6 个列明投资额/)
    expect(plain.svg).not.toContain('data-export')
    expect(height).toBeGreaterThan(plain.height)
  })

  it('names a file by what was filtered', () => {
    expect(exportName('项目列表-chaoyang-2023', '领域 = 能源、阶段 = 试生产', 'csv')).toBe(
      '项目列表-chaoyang-2023 - 领域 = 能源、阶段 = 试生产.csv',
    )
    expect(exportName('各领域投资额', undefined, 'png')).toBe('各领域投资额.png')
  })

  it('makes safe file names that keep Chinese', () => {
    expect(fileName('增长/目标: 2023?', 'png')).toBe('增长 目标 2023.png')
    expect(fileName('', 'svg')).toBe('export.svg')
  })
})
