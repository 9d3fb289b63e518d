import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  checkDefaultReport,
  fingerprint,
  loadDefaultTexts,
  trustedDefaultReport,
} from '@/lib/data/default-report'
import { PREFS_KEY } from '@/lib/prefs/store'
import { type DataOverrides, DEFAULT_REPORT, publicFile, serveData } from '@/testing/data'
import { boot } from '../boot'
import { prerenderOverview } from '../prerender/render'

const read = (path: string) => publicFile(`data/${path}`)

/** The page as the build writes it: #root holding the prerendered Overview, stamped. */
async function prerenderedPage() {
  const out = await prerenderOverview(read, [])
  document.body.innerHTML = `<div id="root" data-prerendered="${out.stamp.file}" data-fingerprint="${out.stamp.fingerprint}">${out.html}</div>`
  document.documentElement.dataset.prerender = 'use'
  return document.getElementById('root') as HTMLElement
}

async function start(root: HTMLElement, data: DataOverrides = {}) {
  serveData(data)
  await act(() => boot(root))
  await act(() => new Promise((r) => setTimeout(r, 50))) // the transition's slices
}

afterEach(() => {
  document.body.innerHTML = ''
  delete document.documentElement.dataset.prerender
  vi.restoreAllMocks()
})

describe('the build-time Overview', () => {
  it("has the report's numbers in its HTML", async () => {
    const out = await prerenderOverview(read, [])
    const page = document.body.appendChild(document.createElement('div'))
    page.innerHTML = out.html
    expect(page.querySelectorAll('article')).toHaveLength(7)
    const gdp = within(page).getByRole('article', { name: '地区生产总值' })
    for (const text of ['113.6亿元', '5.0%', '8.0%', '+3.0个百分点'])
      expect(within(gdp).getByText(text)).toBeTruthy()
    expect(out.stamp).toEqual({
      file: DEFAULT_REPORT.file,
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    })
  })

  it('is hydrated in place: the same elements become interactive, with no mismatch', async () => {
    const errors = vi.spyOn(console, 'error')
    const root = await prerenderedPage()
    const gdp = root.querySelector('article')
    await start(root)
    expect(root.querySelector('article')).toBe(gdp) // not re-created
    const user = userEvent.setup()
    const card = screen.getByRole('article', { name: '地区生产总值' })
    await user.click(within(card).getAllByRole('button', { name: /出处|来源|原文/ })[0] as HTMLElement)
    expect(await screen.findByRole('dialog')).toHaveTextContent('113.6亿元')
    expect(errors).not.toHaveBeenCalled()
  })

  it('is replaced, not hydrated, when the served data is not the data it was built from', async () => {
    const errors = vi.spyOn(console, 'error')
    const root = await prerenderedPage()
    const gdp = root.querySelector('article')
    await start(root, { [`data/${DEFAULT_REPORT.file}`]: (text) => `${text}\n` })
    await waitFor(() => expect(root.querySelector('article')).not.toBe(gdp))
    expect(screen.getByRole('article', { name: '地区生产总值' })).toHaveTextContent('113.6亿元')
    expect(root.dataset.prerendered).toBeUndefined()
    expect(errors).not.toHaveBeenCalled()
  })

  it('is replaced by the screen and language the visit asks for', async () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ state: { lang: 'en', theme: 'light' }, version: 1 }))
    const { usePrefs } = await import('@/lib/prefs/store')
    await usePrefs.persist.rehydrate()
    const root = await prerenderedPage()
    document.documentElement.dataset.prerender = 'skip' // as the early script decides
    window.location.hash = '/targets'
    await start(root)
    expect(await screen.findByRole('heading', { level: 1, name: /targets/i })).toBeInTheDocument()
    expect(screen.queryByText('地区生产总值')).toBeNull()
  })

  it('gives way to the data error panel when the data is broken', async () => {
    const root = await prerenderedPage()
    await start(root, { [`data/${DEFAULT_REPORT.file}`]: '{ broken' })
    expect(await screen.findByText(`data/${DEFAULT_REPORT.file}`, { exact: false })).toBeInTheDocument()
    expect(screen.queryByRole('article')).toBeNull()
  })
})

describe('loading the default report', () => {
  it('skips no check it would fail: for the real data, the checked result equals the parsed JSON', async () => {
    const texts = await loadDefaultTexts(read)
    expect(trustedDefaultReport(texts)).toEqual(await checkDefaultReport(texts))
  })

  it('fingerprints every character of both files', async () => {
    const texts = await loadDefaultTexts(read)
    const base = fingerprint(texts)
    expect(fingerprint({ ...texts, report: texts.report.replace('113.6', '113.7') })).not.toBe(base)
    expect(fingerprint({ ...texts, manifest: `${texts.manifest} ` })).not.toBe(base)
    expect(fingerprint({ ...texts })).toBe(base)
  })
})
