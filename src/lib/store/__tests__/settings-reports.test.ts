import { describe, expect, it } from 'vitest'
import { DataError } from '@/lib/dataset/errors'
import { DEFAULT_THRESHOLDS } from '@/lib/status'
import { realReport, reportText } from '@/testing/data'
import { headerSignature } from '../settings'
import { freshStore, R } from './helpers'

describe('settings kept with the data', () => {
  it('thresholds: defaults until set, validated, and reset to defaults', async () => {
    const store = await freshStore()
    expect(await store.settings.thresholds()).toEqual(DEFAULT_THRESHOLDS)
    await store.settings.setThresholds({ growthTolerance: 0.5, progressTolerance: 15 })
    expect(await store.settings.thresholds()).toEqual({ growthTolerance: 0.5, progressTolerance: 15 })
    await expect(
      store.settings.setThresholds({ growthTolerance: -1, progressTolerance: 500 }),
    ).rejects.toThrow(/growthTolerance: must be 0 or more; progressTolerance: must be at most 50/)
    await store.settings.resetThresholds()
    expect(await store.settings.thresholds()).toEqual(DEFAULT_THRESHOLDS)
  })

  it('remembers a column mapping by the shape of the header row', async () => {
    const store = await freshStore()
    const sig = headerSignature(['项目名称', '年度计划 投资', '1-3月完成投资'])
    expect(headerSignature([' 项目名称', '年度计划\n投资', '１-３月完成投资'])).toBe(sig) // spacing, full-width digits
    expect(await store.settings.columnMapping(sig)).toBeNull()
    await store.settings.rememberColumnMapping(sig, { name: '项目名称', plan: '年度计划 投资' })
    expect(await store.settings.columnMapping(sig)).toEqual({ name: '项目名称', plan: '年度计划 投资' })
  })

  it('keeps sector words, refusing unknown sectors', async () => {
    const store = await freshStore()
    await store.settings.setSectorWords({ 新能源: 'energy', 农产品加工: 'agrifood', 其他: null })
    expect(await store.settings.sectorWords()).toEqual({
      新能源: 'energy',
      农产品加工: 'agrifood',
      其他: null,
    })
    await expect(store.settings.setSectorWords({ 新能源: 'solar' as never })).rejects.toThrow(
      /新能源: unknown sector solar/,
    )
  })
})

describe('saved reports', () => {
  it('saves, lists for the switcher, reads back, versions and removes', async () => {
    const store = await freshStore({ author: '发改局' })
    const report = realReport()
    const info = await store.reports.save({ dataset: report, text: reportText() })
    expect(info).toMatchObject({ reportId: R, year: 2023, by: '发改局', title: report.title })
    await store.reports.save({
      dataset: { ...report, title: { zh: '修订版', en: 'Revised' } },
      text: reportText(),
    })
    const list = await store.reports.list()
    expect(list.map((r) => r.title.zh)).toEqual(['修订版'])
    const saved = await store.reports.get(R)
    expect(saved?.dataset.indicators).toEqual(report.indicators)
    expect(saved?.text).toBe(reportText())
    expect(await store.reports.remove(R)).toBe(true)
    expect(await store.reports.list()).toEqual([])
    expect(await store.reports.get(R)).toBeNull()
  })

  it('refuses a dataset that does not validate, naming the field', async () => {
    const store = await freshStore()
    const broken = { ...realReport(), year: 'next' }
    const saving = store.reports.save({ dataset: broken, text: 'x' })
    await expect(saving).rejects.toThrow(DataError)
    await expect(saving).rejects.toThrow(/year/)
    expect(await store.reports.list()).toEqual([])
  })
})
