import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appOwns, launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const counter = async (page: Page) =>
  ((await page.getByTestId('deck-counter').locator('[aria-hidden="true"]').textContent()) ?? '').trim()
const route = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))
const SLIDES = 'title,kpis,targets,projects,area-agriculture,problems,tasks'

/** PNG width × height from the IHDR chunk (bytes 16..24). */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

describe('presentation mode', () => {
  it('opens from a link, steps with clicker keys, jumps, and leaves with Esc', async () => {
    const { page, errors, foreign, context } = await open(browser, '/', {
      viewport: { width: 1920, height: 1080 },
    })
    await page.getByRole('heading').first().waitFor()
    // Come from the Overview, so Esc has somewhere to go back to.
    await page.evaluate((s) => {
      location.hash = `/present?slides=${s}&slide=2`
    }, SLIDES)
    await page.getByRole('region', { name: '主要指标', exact: true }).waitFor()
    expect(await counter(page)).toBe('2 / 7')
    const historyLength = await page.evaluate(() => history.length)

    await page.keyboard.press('ArrowRight')
    await page.getByRole('region', { name: '2023年增长目标', exact: true }).waitFor()
    await page.keyboard.press('PageDown')
    await page.getByRole('region', { name: '项目建设', exact: true }).waitFor()
    await page.keyboard.press('Space')
    await page.getByRole('region', { name: '农业', exact: true }).waitFor()
    expect(await route(page)).toBe(`/present?slides=${SLIDES}&slide=5`)
    await page.keyboard.press('End')
    await page.getByRole('region', { name: '2023年重点工作', exact: true }).waitFor()
    await page
      .getByRole('note')
      .getByText(/原文在第\(二\)项任务中句子未完处中断/)
      .waitFor()
    await page.keyboard.press('Home')
    await page.getByRole('heading', { name: '朝阳县2023年政府工作报告', exact: true }).waitFor()
    await page.keyboard.press('3')
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: '2023年增长目标', exact: true }).waitFor()
    expect(await counter(page)).toBe('3 / 7')
    await page.keyboard.press('PageUp')
    expect(await counter(page)).toBe('2 / 7')
    // Stepping replaced the entry: history did not grow.
    expect(await page.evaluate(() => history.length)).toBe(historyLength)

    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !location.hash.includes('present'))
    expect(await route(page)).toBe('/')
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('auto-advances and pauses on a key, showing that it paused', async () => {
    const { page, errors, context } = await open(browser, '/present?slides=title,kpis,problems,tasks&auto=1')
    await page.getByText('自动播放：每 1 秒').waitFor()
    await page.waitForFunction(() => location.hash.includes('slide=3'), null, { timeout: 5000 })
    await page.keyboard.press('ArrowLeft')
    await page.getByText('自动播放已暂停').waitFor()
    const at = await counter(page)
    await page.waitForTimeout(2200)
    expect(await counter(page)).toBe(at)
    expect(errors).toEqual([])
    await context.close()
  })

  // Slides carry no export buttons (the audience sees only the chart): the same chart exports from
  // the Targets screen.
  it('exports a chart as PNG (2×) and SVG with its title drawn in', async () => {
    const { page, errors, foreign, context } = await open(browser, '/targets', {
      viewport: { width: 1920, height: 1080 },
    })
    const figure = page.getByRole('figure', { name: '2022年增长与2023年目标' })
    await figure.locator('[data-chart] svg [data-bar]').first().waitFor()

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /PNG/ }).click(),
    ])
    expect(png.suggestedFilename()).toBe('2022年增长与2023年目标.png')
    const pngBuf = await readFile((await png.path()) as string)
    const size = pngSize(pngBuf)
    const chartBox = await figure.locator('[data-chart] svg').first().boundingBox()
    expect(size.width).toBeGreaterThanOrEqual(Math.round((chartBox?.width ?? 0) * 2))
    expect(size.height).toBeGreaterThan(Math.round((chartBox?.height ?? 0) * 2))

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /SVG/ }).click(),
    ])
    const svgText = await readFile((await svg.path()) as string, 'utf8')
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svgText).toContain('2022年增长与2023年目标')
    expect(svgText).toContain('单位：%')
    expect(svgText).toContain('来源：朝阳县2023年政府工作报告')
    expect(svgText).not.toMatch(/var\(--/) // colours resolved, not theme variables
    expect(svgText).not.toMatch(/https?:\/\/(?!www\.w3\.org)/) // no external references

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /CSV/ }).click(),
    ])
    const csvText = await readFile((await csv.path()) as string, 'utf8')
    expect(csvText.charCodeAt(0)).toBe(0xfeff)
    expect(csvText).toContain('地区生产总值,5.0%,8.0%')
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('prints one slide per landscape page', async () => {
    const { page, errors, context } = await open(browser, '/present?slides=title,kpis,problems')
    await page.getByRole('heading', { name: '朝阳县2023年政府工作报告', exact: true }).waitFor()
    // The prerendered deck paints first: print is the app's once it has taken the slide over.
    await appOwns(page, '[data-slide]')
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('[data-slide]').count()).toBe(3)
    const pdf = await page.pdf({ preferCSSPageSize: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBe(3)
    expect(errors).toEqual([])
    await context.close()
  })
})
