import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OPAQUE_FILTERS, ROW_FACETS } from '@/features/projects'
import { NO_FILTERS } from '@/features/projects/model/filter-spec'
import { rowFacets } from '@/features/projects/model/first-paint'
import { applyFilters, prepareRows } from '@/features/projects/model/rows'
import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import { PREFS_KEY, THEMES } from '@/lib/prefs/store'
import { EARLY_KEYS, EARLY_KEYS_MS } from '@/lib/routes/early-keys'
import { type ProjectsView, routes } from '@/lib/routes/routes'
import { reportJson } from '@/testing/fixtures'
import { EARLY_CLICKS, EARLY_VIEW, type EarlyConfig, early } from '../prerender/early'
import { discardPrerendered } from '../prerender/hydrate'

// A link to a filtered Projects list paints only the link's rows, from the fragment of the whole list,
// before any app script runs (src/features/projects/model/first-paint.ts). The rule the early script
// writes must keep exactly the rows the app's own filter keeps, or the first paint would say something
// the app then takes back.

const config: EarlyConfig = {
  key: PREFS_KEY,
  lang: 'zh',
  langs: ['zh', 'en'],
  tags: { zh: 'zh-CN', en: 'en' },
  themes: THEMES,
  load: [],
  clicks: EARLY_CLICKS,
  keys: { name: EARLY_KEYS, ms: EARLY_KEYS_MS },
  failed: {},
  screens: { dir: 'screens/abc', paths: ['/', '/projects', '/targets'] },
  views: { id: EARLY_VIEW, paths: { '/projects': { facets: ROW_FACETS, opaque: OPAQUE_FILTERS } } },
}

const report = reportJson()
const rows = prepareRows(report)
/** The Projects fragment as far as the rule is concerned: the list, its counts, what follows it. */
const FRAGMENT = `<template data-prerendered="r/report.json" data-fingerprint="f1" data-screen="zh/projects"></template>
<p data-follows-query="blank">${rows.length}</p>
<div data-facet-list=""><table><tbody>${rows
  .map((r) => `<tr data-facets="${rowFacets(r)}" data-id="${r.project.id}"></tr>`)
  .join('')}</tbody></table></div>
<div data-follows-query="none">charts</div>`

const style = () => document.getElementById(EARLY_VIEW)
/** The elements a `display: none` or `visibility: hidden` rule of the early style matches. */
function hiddenBy(declaration: string): Set<Element> {
  const hidden = new Set<Element>()
  for (const rule of (style()?.textContent ?? '').split('}').filter(Boolean)) {
    const [selector, body] = rule.split('{')
    if (body === declaration) for (const el of document.querySelectorAll(selector as string)) hidden.add(el)
  }
  return hidden
}
const shownRows = () => {
  const hidden = hiddenBy('display:none')
  return [...document.querySelectorAll<HTMLElement>('tr[data-id]')]
    .filter((tr) => !hidden.has(tr))
    .map((tr) => tr.dataset.id)
}

/** Opens `view` as a link does, and waits for the fragment to be painted. */
async function open(view: ProjectsView) {
  const { path, search } = routes.projects(view)
  window.location.hash = `${path}${search ? `?${search}` : ''}`
  early(config)
  await vi.waitFor(() => expect(document.documentElement.dataset.prerender).toBe('use'), { interval: 5 })
}

const serve = (ok: boolean) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => ({ ok, status: ok ? 200 : 404, text: async () => (ok ? FRAGMENT : '') })),
  )
beforeEach(() => {
  document.body.innerHTML = '<div id="root" data-prerendered="r/report.json"><article>总览</article></div>'
  serve(true)
})
afterEach(() => {
  style()?.remove()
  window.location.hash = ''
  document.body.innerHTML = ''
  document.documentElement.removeAttribute('data-prerender')
  vi.unstubAllGlobals()
})

describe("a filtered Projects link's first paint", () => {
  // Every sector alone, every stage alone, pairs of each, both together, and each basis.
  const links: ProjectsView[] = [
    ...SECTORS.map((s) => ({ sector: [s] })),
    ...STAGES.map((s) => ({ stage: [s] })),
    { sector: ['energy', 'urban'] },
    { stage: ['signed', 'started', 'producing'] },
    ...SECTORS.flatMap((sector) => STAGES.map((stage) => ({ sector: [sector], stage: [stage] }))),
    { sectorBasis: 'stated' },
    { sectorBasis: 'inferred', stageBasis: 'stated' },
    { stage: ['in-progress', 'started'], stageBasis: 'inferred' },
  ]

  it('shows exactly the rows the app keeps, for every facet filter a link may carry', async () => {
    expect(new Set(rows.map((r) => r.project.sector)).size).toBeGreaterThan(2) // a real spread to filter
    let none = 0
    for (const view of links) {
      await open(view)
      const kept = applyFilters(rows, { ...NO_FILTERS, ...view }, 'zh').map((r) => r.project.id)
      expect(shownRows(), JSON.stringify(view)).toEqual(kept)
      // With no row to show, the list's room is left out too (the app says "nothing matches" there).
      const list = document.querySelector('[data-facet-list]') as Element
      expect(hiddenBy('display:none').has(list), JSON.stringify(view)).toBe(kept.length === 0)
      if (kept.length === 0) none++
      style()?.remove()
    }
    expect(none).toBeGreaterThan(0) // the case of the bench's link (energy + signed) is among them
  })

  it("keeps the whole list's numbers out of it: blank in their room, or not shown", async () => {
    await open({ sector: ['energy'] })
    expect([...hiddenBy('visibility:hidden')].map((el) => el.textContent)).toEqual([String(rows.length)])
    expect([...hiddenBy('display:none')].map((el) => el.textContent)).toContain('charts')
  })

  it('shows no row for a search or a range, which only the app can answer', async () => {
    for (const view of [{ q: '园区' }, { min: 1 }, { max: 10, sector: ['energy' as const] }]) {
      await open(view)
      expect(shownRows(), JSON.stringify(view)).toEqual([])
      style()?.remove()
    }
  })

  it('changes nothing for a link without filters, or with one the app would not take', async () => {
    for (const hash of [
      '/projects',
      '/projects?sort=investment&dir=desc',
      '/projects?sector=energy,mars',
      '/projects?q=%20',
      '/projects?sectorBasis=any',
    ]) {
      window.location.hash = hash
      early(config)
      await vi.waitFor(() => expect(document.documentElement.dataset.prerender).toBe('use'))
      expect(style(), hash).toBeNull()
      expect(shownRows()).toHaveLength(rows.length)
    }
  })

  it('takes the rule away when the app renders the list itself', async () => {
    serve(false)
    window.location.hash = '/projects?sector=energy'
    early(config)
    expect(style()).not.toBeNull() // written before the fragment arrives, so no other row is ever laid out
    await vi.waitFor(() => expect(style()).toBeNull()) // no fragment: the app renders the screen
    serve(true)
    await open({ sector: ['energy'] })
    expect(style()).not.toBeNull()
    discardPrerendered(document.getElementById('root') as HTMLElement) // served data differs: render afresh
    expect(style()).toBeNull()
  })
})
