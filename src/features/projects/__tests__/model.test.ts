import { describe, expect, it } from 'vitest'
import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import { toCsv } from '@/lib/export/csv'
import { reportModel } from '@/lib/report-model'
import { parseSearch } from '@/lib/routes/params'
import { realReport } from '@/testing/data'
import { clausesOf, emptyReason } from '../model/clauses'
import { projectCsvColumns } from '../model/csv-columns'
import { projectDetail } from '../model/detail'
import { sectorFacets, stageFacets, toggleGroup } from '../model/facets'
import { type Filters, NO_FILTERS, projectsSpec } from '../model/filter-spec'
import { bySector, byStage, toggle } from '../model/group'
import { relatedFigures } from '../model/related'
import { applyFilters, prepareRows } from '../model/rows'
import { sortRows } from '../model/sort'
import { investmentComparison, pipelineRows, pipelineScale } from '../model/totals'
import { sectorBarsOf, stageBarsOf } from '../model/view'

const report = realReport()
const rows = prepareRows(report)
const N = report.projects.length
const f = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch })
const ids = (rs: readonly { project: { id: string } }[]) => rs.map((r) => r.project.id)

describe('filtering', () => {
  it('keeps every project without filters', () => {
    expect(applyFilters(rows, NO_FILTERS, 'zh')).toHaveLength(N)
  })

  it('combines sectors (or) with stages (and)', () => {
    const out = applyFilters(rows, f({ sector: ['energy', 'materials'], stage: ['producing'] }), 'zh')
    expect(ids(out)).toEqual(['jingao-300mw-pv', 'huaxiang-new-materials', 'zhongdian-smart-energy'])
  })

  it('excludes projects without a stated investment while a range is set, unless asked to include them', () => {
    expect(ids(applyFilters(rows, f({ min: 10 }), 'zh'))).toEqual([
      'nengjian-compressed-air-storage',
      'zhongdian-energy-storage-station',
      'jingao-new-energy-base',
    ])
    expect(applyFilters(rows, f({ min: 2, max: 2 }), 'zh')).toHaveLength(2)
    expect(applyFilters(rows, f({ min: 100, unstated: 'include' }), 'zh')).toHaveLength(N - 6)
  })

  it('filters by stated vs inferred sector and stage', () => {
    const inferred = applyFilters(rows, f({ stageBasis: 'inferred' }), 'zh')
    expect(inferred.every((r) => !r.project.stageStated)).toBe(true)
    expect(inferred.length).toBeGreaterThan(0)
    const stated = applyFilters(rows, f({ sectorBasis: 'stated' }), 'zh')
    expect(stated.every((r) => r.project.sectorStated)).toBe(true)
  })

  it('searches Chinese names and quotes in Chinese, English names in English', () => {
    expect(ids(applyFilters(rows, f({ q: '储能' }), 'zh'))).toEqual([
      'nengjian-compressed-air-storage',
      'zhongdian-energy-storage-station',
    ])
    // 化工园区 is in the quote of the fire station, not in its name.
    expect(applyFilters(rows, f({ q: '配套设施' }), 'zh').length).toBeGreaterThan(0)
    expect(ids(applyFilters(rows, f({ q: 'Energy Storage' }), 'en'))).toContain(
      'zhongdian-energy-storage-station',
    )
    expect(applyFilters(rows, f({ q: 'energy storage' }), 'zh')).toHaveLength(0)
  })

  it('reads filters from the URL and rejects unknown stages', () => {
    const ok = parseSearch('sector=energy&stage=trial,producing&min=1.5', projectsSpec)
    expect(ok.values.sector).toEqual(['energy'])
    expect(ok.values.stage).toEqual(['trial', 'producing'])
    expect(ok.values.min).toBe(1.5)
    const bad = parseSearch('stage=zzz', projectsSpec)
    expect(bad.values.stage).toEqual([])
    expect(bad.rejected).toEqual([{ key: 'stage', value: 'zzz' }])
  })
})

describe('sorting', () => {
  it('sorts by investment with unstated ones last in both directions', () => {
    const desc = sortRows(rows, 'investment', 'desc', 'zh')
    expect(desc[0]?.project.id).toBe('nengjian-compressed-air-storage')
    expect(desc[5]?.project.investment?.value).toBe(1.4)
    expect(desc[6]?.project.investment).toBeUndefined()
    const asc = sortRows(rows, 'investment', 'asc', 'zh')
    expect(asc[0]?.project.investment?.value).toBe(1.4)
    expect(asc.at(-1)?.project.investment).toBeUndefined()
  })

  it('sorts stages in pipeline order and names alphabetically', () => {
    const byStageRows = sortRows(rows, 'stage', 'asc', 'zh')
    expect(byStageRows[0]?.project.stage).toBe('introduced')
    expect(byStageRows.at(-1)?.project.stage).toBe('operating')
    const byName = sortRows(rows, 'name', 'asc', 'en')
    expect(byName[0]?.project.name.en).toBe('Baisheng Jinshan titanium materials')
  })
})

describe('grouping for the charts', () => {
  it('sums stated investment by sector without floating noise', () => {
    const bars = bySector(rows, ['energy'])
    const energy = bars.find((b) => b.sector === 'energy')
    expect(energy).toMatchObject({ investment: 57.5, withInvestment: 4, selected: true })
    expect(bars.find((b) => b.sector === 'agrifood')?.investment).toBe(3.4)
  })

  it('counts named projects per stage in pipeline order', () => {
    const bars = byStage(applyFilters(rows, f({ sector: ['mining'] }), 'zh'), [])
    expect(bars).toEqual([
      { stage: 'producing', count: 1, selected: false },
      { stage: 'operating', count: 2, selected: false },
    ])
  })

  it('cross-filters: each chart counts in place what every filter but its own lets through', () => {
    const filters = f({ sector: ['energy'], stage: ['producing'], q: '项目' })
    expect(sectorBarsOf(rows, filters, 'zh')).toEqual(
      bySector(applyFilters(rows, { ...filters, sector: [] }, 'zh'), ['energy']),
    )
    expect(stageBarsOf(rows, filters, 'zh')).toEqual(
      byStage(applyFilters(rows, { ...filters, stage: [] }, 'zh'), ['producing']),
    )
    expect(stageBarsOf(rows, filters, 'zh').find((b) => b.stage === 'producing')?.selected).toBe(true)
  })

  it('toggles a value of a multi-select', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggle(['a', 'b'], 'a')).toEqual(['b'])
  })
})

describe('honest totals', () => {
  it('uses the dataset’s derived sum when the list is exactly its inputs', () => {
    const cmp = investmentComparison(report, rows)
    expect(cmp?.stated.value).toBe(295.7)
    expect(cmp?.sum.value).toBe(60.9)
    expect(cmp?.sum.id).toBe('introduced-investment-sum')
    expect(cmp?.unstatedCount).toBe(N - 6)
  })

  it('never divides the named amounts by the 295.7亿元 nor subtracts them: different kinds of total', () => {
    const cmp = investmentComparison(report, rows) as object
    expect(Object.keys(cmp).sort()).toEqual(['namedCount', 'stated', 'sum', 'unstatedCount'])
  })

  it('computes and marks the sum for a filtered list, with its formula and inputs', () => {
    const cmp = investmentComparison(report, applyFilters(rows, f({ sector: ['agrifood'] }), 'zh'))
    expect(cmp?.sum).toMatchObject({ value: 3.4, formula: { zh: '2 + 1.4' } })
    expect(cmp?.sum.id).toBeUndefined()
    expect(cmp?.sum.inputs).toEqual(['ruihe-tomato-chain', 'yitong-central-kitchen'])
  })

  it('counts, for each stage, the same rows the table lists at that stage', () => {
    for (const filters of [
      NO_FILTERS,
      f({ sector: ['energy'] }),
      f({ q: '华' }),
      f({ stage: ['topped-out'] }),
    ]) {
      const visible = applyFilters(rows, filters, 'zh')
      for (const p of pipelineRows(report, visible))
        expect(p.inList, `${p.stage} ${JSON.stringify(filters)}`).toBe(
          visible.filter((r) => r.project.stage === p.stage).length,
        )
    }
    // 瑞博电力 (主体完工, energy) is in the list under sector = energy: the panel counts it.
    const energy = pipelineRows(report, applyFilters(rows, f({ sector: ['energy'] }), 'zh'))
    expect(energy.find((p) => p.stage === 'topped-out')?.inList).toBe(1)
  })

  it('draws every stage on one scale: the largest count', () => {
    const pipeline = pipelineRows(report, rows)
    expect(pipelineScale(pipeline)).toBe(180)
    expect(pipeline.map((p) => [p.stage, p.parent ?? null])).toEqual([
      ['signed', null],
      ['landed', null],
      ['started', null],
      ['topped-out', 'started'],
      ['trial', 'started'],
      ['producing', 'started'],
    ])
  })

  it('shows each pipeline stage against the examples the report names (2 of 44)', () => {
    const topped = pipelineRows(report, rows).find((p) => p.stage === 'topped-out')
    expect(topped).toMatchObject({ examples: 2, inList: 5, parent: 'started' })
    expect(topped?.count.value).toBe(44)
    expect(topped?.unnamed).toMatchObject({ value: 42, formula: { zh: '44 − 2' } })
    const ids = reportModel(report).pipeline.derived.map((d) => d.id)
    expect(ids).toEqual(
      expect.arrayContaining(['pipeline-named-stages-sum', 'pipeline-named-stages-share', 'landing-rate']),
    )
  })
})

describe('empty-state reason', () => {
  it('names the filters that, removed alone, bring rows back', () => {
    const filters = f({ stage: ['trial'], sector: ['mining'] })
    const reason = emptyReason(rows, filters, 'zh', 0)
    expect(reason?.active).toEqual(['sector', 'stage'])
    expect(reason?.culprits.map((c) => [c.dimension, c.count])).toEqual([
      ['sector', 2],
      ['stage', 3],
    ])
  })

  it('is null when rows show, and lists clauses per value for the chips', () => {
    expect(emptyReason(rows, NO_FILTERS, 'zh', N)).toBeNull()
    const clauses = clausesOf(f({ sector: ['energy', 'mining'], q: ' 储能 ' }))
    expect(clauses.map((c) => c.dimension)).toEqual(['sector', 'sector', 'q'])
    expect(clauses[0]?.patch).toEqual({ sector: ['mining'] })
  })
})

describe('detail and export', () => {
  it('gathers a project’s related figures, same-sector projects and pipeline role', () => {
    const d = projectDetail(report, 'lvgu-agri-processing')
    expect(d?.related.map((r) => (r.kind === 'fact' ? r.fact.id : r.item.id))).toEqual([
      'projects-topped-out',
    ])
    expect(d?.sameSector.every((p) => p.sector === 'agrifood' && p.id !== 'lvgu-agri-processing')).toBe(true)
    expect(d?.exampleOf.map((s) => s.stage)).toEqual(['topped-out'])
    expect(d?.area?.id).toBe('project-construction')
    expect(projectDetail(report, 'nope')).toBeNull()
  })

  it('exports the rows with headers in the reader’s language', () => {
    const t = (k: string) => (k.startsWith('csv.') ? k.slice(4) : k)
    const csv = toCsv(rows.slice(0, 1), projectCsvColumns(report, 'en', t))
    const [head, first] = csv.split('\r\n')
    // The name first; the id, for matching files, last.
    expect(head).toBe(
      'name,nameZh,sector,sectorBasis,stage,stageText,stageBasis,investment,location,section,quote,id',
    )
    expect(first).toMatch(/^Energy China Digital Tech compressed-air energy storage,能建数科压缩空气储能,/)
    expect(first).toMatch(/,nengjian-compressed-air-storage$/)
    // In English the amount is in CNY million (24亿元 = 2,400 M), as the screen writes CNY 2.4 bn.
    expect(first).toContain(',2400,')
    const zh = toCsv(rows.slice(0, 1), projectCsvColumns(report, 'zh', t)).split('\r\n')[1]
    expect(zh).toContain(',24,')
  })
})

describe('filter choices with counts', () => {
  it('counts every sector and stage as the charts do, and disables a choice that would show nothing', () => {
    const filters = f({ stage: ['producing'] })
    const sectors = sectorFacets(sectorBarsOf(rows, filters, 'zh'), filters.sector)
    expect(sectors.map((s) => s.key)).toEqual([...SECTORS])
    for (const s of sectors)
      expect(s.count, s.key).toBe(
        applyFilters(rows, f({ stage: ['producing'], sector: [s.key] }), 'zh').length,
      )
    expect(sectors.filter((s) => s.disabled).map((s) => s.key)).toEqual(
      sectors.filter((s) => s.count === 0).map((s) => s.key),
    )
    // A chosen choice stays enabled even at zero, so it can be unchosen.
    const chosen = sectorFacets(sectorBarsOf(rows, f({ sector: ['innovation'], q: '风电' }), 'zh'), [
      'innovation',
    ])
    expect(chosen.find((s) => s.key === 'innovation')).toMatchObject({
      count: 0,
      selected: true,
      disabled: false,
    })
  })

  it('groups stages as staff do: 招商签约, 在建, 已投产, each stage in one group, with the group’s count', () => {
    const groups = stageFacets(stageBarsOf(rows, NO_FILTERS, 'zh'), [])
    expect(groups.map((g) => [g.key, g.stages.map((s) => s.key)])).toEqual([
      ['attracting', ['introduced', 'signed', 'settled', 'landed']],
      ['building', ['started', 'in-progress', 'topped-out']],
      ['running', ['trial', 'producing', 'operating']],
    ])
    expect(groups.flatMap((g) => g.stages.map((s) => s.key)).sort()).toEqual([...STAGES].sort())
    for (const g of groups)
      expect(g.count).toBe(applyFilters(rows, f({ stage: g.stages.map((s) => s.key) }), 'zh').length)
    // The report names no project at 签约 or 落地: those chips are off.
    const attracting = groups[0]
    expect(attracting?.stages.filter((s) => s.disabled).map((s) => s.key)).toEqual(['signed', 'landed'])
  })

  it('a group chip chooses all its stages, or none when all are chosen; the URL keeps the stages', () => {
    expect(toggleGroup([], 'building')).toEqual(['started', 'in-progress', 'topped-out'])
    expect(toggleGroup(['trial', 'started'], 'building')).toEqual([
      'trial',
      'started',
      'in-progress',
      'topped-out',
    ])
    expect(toggleGroup(['trial', 'started', 'in-progress', 'topped-out'], 'building')).toEqual(['trial'])
    const state = (stage: Filters['stage']) =>
      stageFacets(stageBarsOf(rows, f({ stage }), 'zh'), stage)[1]?.state
    expect(state([])).toBe('off')
    expect(state(['started'])).toBe('mixed')
    expect(state(['started', 'in-progress', 'topped-out'])).toBe('on')
    // An old link (?stage=trial) still parses to the same filter.
    expect(parseSearch('stage=trial', projectsSpec).values.stage).toEqual(['trial'])
  })
})

describe('what relates to a project: only what the report ties to it in its own words', () => {
  const related = (id: string) => {
    const p = report.projects.find((x) => x.id === id)
    if (!p) throw new Error(id)
    return relatedFigures(report, p).map((r) => `${r.kind === 'fact' ? r.fact.id : r.item.id}:${r.why}`)
  }

  it('a figure whose quote names the project, or a count the report gives it as an example of', () => {
    expect(related('huaxiang-new-materials')).toEqual([
      'industry-base-projects:named',
      'firms-digitally-upgraded:named',
      'projects-producing:example',
    ])
    expect(related('jingao-300mw-pv')).toEqual(['jingao-pv-capacity:named', 'projects-producing:example'])
  })

  it('a figure in the same words as the project, and a sum computed from its investment', () => {
    expect(related('morel-digital-greenhouses')).toEqual(['morel-greenhouses:named'])
    // Named differently from its sentence, the greenhouses still share their words with the 160.
    const morel = report.projects.find((p) => p.id === 'morel-digital-greenhouses')
    if (!morel) throw new Error('no greenhouses')
    const renamed = { ...morel, name: { zh: '羊肚菌温室', en: 'Morel greenhouses' } }
    expect(relatedFigures(report, renamed).map((r) => r.why)).toEqual(['same-words'])
    expect(related('nengjian-compressed-air-storage')).toEqual(['introduced-investment-sum:computed-from'])
  })

  it('not the rest of its section: 瑞博电力 and 中奉分散式风电 have no figure of their own', () => {
    expect(related('ruibo-power')).toEqual([])
    // 1,552 MW of clean-energy capacity shares the sentence but not the project.
    expect(related('zhongfeng-distributed-wind')).toEqual([])
    for (const p of report.projects)
      for (const r of relatedFigures(report, p))
        if (r.kind === 'fact' && r.why === 'named') expect(r.fact.quote).toContain(p.name.zh)
  })
})
