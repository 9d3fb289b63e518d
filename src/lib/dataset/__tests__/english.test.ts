import { describe, expect, it } from 'vitest'
import { formatQuantity } from '@/lib/format/quantity'
import { statedFacts } from '../facts'
import { stageLabel } from '../labels'
import { parseReport } from '../validate'
import { REPORT_FILE, rawReport } from './load'

// What an English reader is told (issue 16): the thing counted, the names as they are read, and
// plain words for the report's terms.

const report = parseReport(rawReport(), REPORT_FILE)
const facts = new Map(statedFacts(report).map(({ item }) => [item.id, item]))
const en = (id: string) => {
  const f = facts.get(id)
  if (!f) throw new Error(`no fact ${id}`)
  return formatQuantity(f.value, f.unit, 'en', { qualifier: f.qualifier })
}
const zh = (id: string) => {
  const f = facts.get(id)
  if (!f) throw new Error(`no fact ${id}`)
  return formatQuantity(f.value, f.unit, 'zh', { qualifier: f.qualifier })
}

describe('English counts say what is counted', () => {
  it('家 counts scenic sites, alliances and mines here, not firms; the Chinese is unchanged', () => {
    expect(en('scenic-sites-3a')).toBe('8 scenic sites')
    expect(en('research-alliances')).toBe('15 alliances')
    expect(en('green-mines')).toBe('3 mines')
    expect([zh('scenic-sites-3a'), zh('research-alliances'), zh('green-mines')]).toEqual([
      '8家',
      '15家',
      '3家',
    ])
    // …while firms stay firms
    expect(en('tech-smes')).toBe('30 firms')
  })

  it('栋 of greenhouses are greenhouses; property 户 are registrations', () => {
    expect(en('morel-greenhouses')).toBe('160 greenhouses')
    expect(en('property-registrations')).toBe('12,165 registrations')
    expect(zh('property-registrations')).toBe('12,165户')
    expect(en('dilapidated-houses-renovated')).toBe('626 households')
  })
})

describe('names and terms in plain English', () => {
  const allEnglish = JSON.stringify(report, (key, value) =>
    key === 'zh' || key === 'quote' || key === 'heading' ? undefined : value,
  )
  const project = (zh: string) => report.projects.find((p) => p.name.zh === zh)

  it('华锆 is Huagao (锆 = gào), the id too; 蒙中 is the Mongolian Middle School; 东大 is Northeastern University', () => {
    expect(project('华锆新材料')).toMatchObject({
      id: 'huagao-new-materials',
      name: { en: 'Huagao new materials' },
    })
    expect(allEnglish).not.toMatch(/Huazao/)
    expect(project('蒙中异地搬迁')?.name.en).toMatch(/Mongolian/)
    expect(project('东大矿冶研究院中试基地')?.name.en).toMatch(/^Northeastern University/)
  })

  it('a county’s output is its gross regional product', () => {
    expect(report.indicators.find((i) => i.id === 'gdp')?.label.en).toBe('Gross regional product (GRP)')
    expect(allEnglish).not.toMatch(/GDP|domestic product/)
  })

  it('no “self-building”, “scheduling” or rural “highways”; 转移就业 and 三堆 say what they are', () => {
    expect(allEnglish).not.toMatch(/self-building|scheduling|highway/i)
    expect(report.areas.find((a) => a.id === 'government')?.label.en).toBe("The government's own conduct")
    expect(allEnglish).toMatch(/monitoring and coordination of the economy/)
    expect(facts.get('rural-roads')?.label.en).toBe('Rural roads built or rebuilt')
    expect(facts.get('rural-labour-transfer')?.label.en).toMatch(/off-farm work/)
    expect(facts.get('three-piles-cleared')?.label.en).toMatch(/straw and firewood, manure and rubbish/i)
  })

  it('投产达效 and 落地 in plain English', () => {
    expect(stageLabel('producing', 'en')).toBe('In full production')
    expect(stageLabel('landed', 'en')).toBe('Set up in the county')
    expect(facts.get('projects-producing')?.label.en).toBe('Projects in full production')
    expect(allEnglish).not.toMatch(/meeting targets/)
  })
})
