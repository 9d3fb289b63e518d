import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The text of every run (<a:t>) of a slide's XML, entities decoded, in order. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  )
}

/** Each slide of the deck as the audience sees it: its name and every number on it. */
async function deckSlides(page: Page, total: number) {
  const out: { title: string; numbers: string[] }[] = []
  for (let i = 1; i <= total; i++) {
    const slide = page.locator('[data-slide]').first()
    await slide.waitFor()
    out.push({
      // The cover's name is 封面; what it shows (and the file holds) is the report's title.
      title:
        (await slide.getAttribute('data-slide')) === 'title'
          ? ((await slide.getByRole('heading', { level: 1 }).textContent()) ?? '')
          : ((await slide.getAttribute('aria-label')) ?? ''),
      numbers: (await slide.locator('[data-value]').allTextContents()).map((t) => t.trim()),
    })
    if (i < total) {
      await page.keyboard.press('ArrowRight')
      await page
        .getByTestId('deck-counter')
        .getByText(`${i + 1} /`)
        .waitFor()
    }
  }
  return out
}

/** A file of the zip as text; a missing one fails the test with its name. */
async function entry(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name)
  if (!file) throw new Error(`${name} is not in the .pptx`)
  return file.async('string')
}

async function exportPptx(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 PPT' }).click(),
  ])
  const path = await download.path()
  const zip = await JSZip.loadAsync(await readFile(path))
  const slideFiles = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
  const slides = await Promise.all(slideFiles.map(async (f) => runs(await entry(zip, f))))
  const notes = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
      .map(async (f) => runs(await entry(zip, f)).join('')),
  )
  const presentation = await entry(zip, 'ppt/presentation.xml')
  const theme = await entry(zip, 'ppt/theme/theme1.xml')
  return { name: download.suggestedFilename(), slides, notes, presentation, theme }
}

describe('the deck as a PowerPoint file', () => {
  it('holds the chosen slides in the chosen order, each with its title and its numbers as text', async () => {
    const chosen = 'kpis,area-agriculture,targets,title,projects,tasks'
    const { page, errors, context } = await open(browser, `/present?slides=${chosen}`, {
      viewport: { width: 1920, height: 1080 },
      acceptDownloads: true,
    })
    await page.getByRole('region', { name: '主要指标', exact: true }).waitFor()
    const shown = await deckSlides(page, 6)
    const file = await exportPptx(page)
    expect(file.name).toBe('朝阳县2023年政府工作报告-演示.pptx')
    expect(file.slides).toHaveLength(6)
    // 16:9: PowerPoint's wide page, 13.333 × 7.5 in.
    expect(file.presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/)
    // Chinese text in Microsoft YaHei, also where a run names no font (chart labels: the theme's).
    expect(file.theme).toContain('<a:ea typeface="Microsoft YaHei"/>')
    expect(file.theme).not.toContain('<a:ea typeface=""/>')
    shown.forEach((slide, i) => {
      const text = file.slides[i] ?? []
      expect(text.join('\n'), `slide ${i + 1} title`).toContain(slide.title)
      // Within one run of text (not pieced together across runs): editable as the figure it is.
      for (const n of slide.numbers)
        expect(
          text.some((run) => run.includes(n)),
          `slide ${i + 1} (${slide.title}) number ${n}`,
        ).toBe(true)
    })
    // The KPI slide's numbers really were checked (not an empty list), and the sources are in the notes.
    expect(shown[0]?.numbers).toContain('113.6亿元')
    expect(file.notes.join('\n')).toContain('预计全年完成地区生产总值113.6亿元')
    expect(file.slides[1]?.join('')).toContain('农业')
    expect(errors).toEqual([])
    await context.close()
  })

  it('in English, with the default selection, as many slides as the deck', async () => {
    const { page, errors, context } = await open(browser, '/present', {
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
      lang: 'en',
    })
    await page.getByTestId('deck-counter').waitFor()
    const total = Number(
      (await page.getByTestId('deck-counter').locator('[aria-hidden="true"]').textContent())?.split('/')[1],
    )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PPT' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('Chaoyang County Government Work Report 2023-slides.pptx')
    const zip = await JSZip.loadAsync(await readFile(await download.path()))
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(total)
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/charts/'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
