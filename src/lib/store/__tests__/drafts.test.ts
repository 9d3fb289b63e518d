import { describe, expect, it } from 'vitest'
import { freshStore } from './helpers'

const review = {
  decisions: { 'indicator:gdp': { status: 'accepted' } },
  dismissed: {},
  meta: { id: 'x-2024' },
}

describe('the review in progress (#/ingest)', () => {
  it('keeps the text and decisions, replaces them on each save, and discards them', async () => {
    const store = await freshStore()
    expect(await store.drafts.get()).toBeNull()
    await store.drafts.put({ text: '朝阳县2024年政府工作报告', review })
    await store.drafts.put({
      text: '朝阳县2024年政府工作报告',
      review: { ...review, dismissed: { 12: '年份' } },
    })
    expect(await store.drafts.get()).toMatchObject({
      text: '朝阳县2024年政府工作报告',
      review: { dismissed: { 12: '年份' } },
    })
    expect(await store.drafts.discard()).toBe(true)
    expect(await store.drafts.get()).toBeNull()
    expect(await store.drafts.discard()).toBe(false)
  })

  it('refuses a draft without text', async () => {
    const store = await freshStore()
    await expect(store.drafts.put({ text: '', review })).rejects.toThrow(/text/)
  })

  it('travels in a backup: export → fresh store → restore → the same review', async () => {
    const source = await freshStore()
    await source.drafts.put({ text: '云溪县2023年政府工作报告', review })
    const target = await freshStore()
    const json = await source.backup.exportJson()
    expect(await target.backup.restore(json)).toMatchObject({ ok: true })
    expect(await target.drafts.get()).toMatchObject({ text: '云溪县2023年政府工作报告', review })
    // Version 2: an app that predates drafts says the backup is newer instead of failing its check…
    expect(JSON.parse(json).version).toBe(2)
    // … while a backup without a draft stays version 1, which every copy of the app reads.
    const plain = await freshStore()
    await plain.settings.setThresholds({ growthTolerance: 2, progressTolerance: 10 })
    expect(JSON.parse(await plain.backup.exportJson()).version).toBe(1)
  })
})
