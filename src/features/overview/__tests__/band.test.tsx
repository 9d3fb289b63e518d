import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePrefs } from '@/lib/prefs/store'
import { reportModel } from '@/lib/report-model'
import { realReport } from '@/testing/data'
import { renderRoute } from '@/testing/render'
import { mostThatFit } from '../band/fits-below'
import { bandFigures } from '../model/band-figures'

// jsdom lays nothing out: how many areas fit below the cards is decided by this stub.
vi.mock('../band/fits-below', () => ({ mostThatFit: vi.fn(() => 0) }))
vi.setConfig({ testTimeout: 20_000 })

const report = realReport()
const BAND = { name: '各领域主要数字' }

function screenSize(large: boolean) {
  window.matchMedia = vi.fn((query: string) => ({ matches: large, media: query }) as MediaQueryList)
}

beforeEach(() => {
  screenSize(true)
  vi.mocked(mostThatFit).mockReturnValue(bandFigures(report).length)
})
afterEach(() => {
  usePrefs.setState({ theme: 'light', lang: 'zh' })
  // @ts-expect-error: jsdom has no matchMedia; the tests add one
  delete window.matchMedia
})

describe('the Overview’s band of areas (large screens)', () => {
  it('shows each area’s first lead figure the Overview does not show yet, linked to its area', async () => {
    renderRoute('/')
    const band = await screen.findByRole('region', BAND, { timeout: 5000 })
    const agriculture = within(band).getByRole('link', { name: '农业' })
    expect(agriculture).toHaveAttribute('href', '#/areas/agriculture')
    const item = agriculture.closest('li') as HTMLElement
    expect(within(item).getByText('粮食产量')).toBeInTheDocument()
    expect(within(item).getByText('10.63亿斤')).toBeInTheDocument()
    expect(within(item).getByRole('button', { name: '粮食产量的出处' })).toBeInTheDocument()
    // 1,552兆瓦 leads industry, but the 清洁能源 tile shows it already: the band takes industry's next one
    expect(within(band).queryByText('1,552兆瓦')).toBeNull()
    expect(within(band).getByRole('link', { name: '工业' })).toBeInTheDocument()
    expect(within(band).getAllByRole('listitem')).toHaveLength(bandFigures(report).length)
    expect(within(band).getByRole('link', { name: /全部领域/ })).toHaveAttribute('href', '#/areas')
  })

  it('shows the first areas that fit, and says how many more the link to all areas has', async () => {
    vi.mocked(mostThatFit).mockReturnValue(5)
    renderRoute('/')
    const band = await screen.findByRole('region', BAND, { timeout: 5000 })
    const shown = within(band).getAllByRole('listitem')
    expect(shown).toHaveLength(5)
    expect(within(shown[0] as HTMLElement).getByRole('link').textContent).toBe(
      bandFigures(report)[0]?.area.zh,
    )
    const more = bandFigures(report).length - 5
    expect(within(band).getByRole('link', { name: `全部领域（另有 ${more} 个） →` })).toHaveAttribute(
      'href',
      '#/areas',
    )
  })

  it('stays out of sight when it would make the page scroll', async () => {
    vi.mocked(mostThatFit).mockReturnValue(0)
    renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: '朝阳县2023年政府工作报告' })
    await vi.waitFor(() => expect(document.getElementById('overview-band')).not.toBeNull())
    expect(screen.queryByRole('region', BAND)).toBeNull()
  })

  it('stays out of sight on a laptop, and is not there in the projector theme', async () => {
    screenSize(false)
    const laptop = renderRoute('/')
    await screen.findByRole('article', { name: '地区生产总值' })
    await vi.waitFor(() => expect(document.getElementById('overview-band')).not.toBeNull())
    expect(screen.queryByRole('region', BAND)).toBeNull()
    laptop.unmount()

    screenSize(true)
    usePrefs.setState({ theme: 'projector' })
    renderRoute('/')
    await screen.findByRole('article', { name: '地区生产总值' })
    await new Promise((r) => setTimeout(r, 300))
    expect(document.getElementById('overview-band')).toBeNull()
  })

  it('reads in English, every label whole', async () => {
    usePrefs.setState({ lang: 'en' })
    renderRoute('/')
    const band = await screen.findByRole('region', { name: 'Lead figures by area' }, { timeout: 5000 })
    expect(within(band).getByRole('link', { name: 'Agriculture' })).toBeInTheDocument()
    for (const { fact } of bandFigures(report))
      expect(within(band).getByText(fact.label.en)).toBeInTheDocument()
  })
})

describe('bandFigures', () => {
  it('takes no figure the indicator cards or headline tiles already show, and one per area', () => {
    const model = reportModel(report)
    const shown = new Set([
      ...model.headlines.flatMap((t) => t.items.map((i) => i.fact.id)),
      ...report.indicators.flatMap((i) => [i.actual?.id, i.growth.id, i.target.id]),
    ])
    const figures = bandFigures(report)
    expect(figures.length).toBeGreaterThan(10)
    for (const f of figures) expect(shown.has(f.fact.id), f.fact.id).toBe(false)
    expect(new Set(figures.map((f) => f.areaId)).size).toBe(figures.length)
    expect(figures.find((f) => f.areaId === 'agriculture')?.fact.id).toBe(
      model.areas.find((a) => a.area.id === 'agriculture')?.lead[0]?.fact.id,
    )
  })
})
