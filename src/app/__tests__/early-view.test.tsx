import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OPAQUE_FILTERS, ROW_FACETS, SINGLE_FACETS } from '@/features/projects'
import { ChoiceChip } from '@/features/projects/components/choice-chip'
import { filtersOf, projectsSpec } from '@/features/projects/model/filter-spec'
import { rowFacets } from '@/features/projects/model/first-paint'
import { applyFilters, prepareRows } from '@/features/projects/model/rows'
import { SECTORS, STAGES } from '@/lib/dataset/taxonomy'
import { parseSearch } from '@/lib/routes/params'
import { type ProjectsView, routes } from '@/lib/routes/routes'
import { reportJson } from '@/testing/fixtures'
import { EARLY_VIEW, type EarlyConfig, early } from '../prerender/early'
import { discardPrerendered } from '../prerender/hydrate'
import { EARLY_CONFIG, SCREENS, serveScreens } from './early-config'

// A link to a filtered Projects list paints only the link's rows, from the fragment of the whole list,
// before any app script runs (src/features/projects/model/first-paint.ts). The rule the early script
// writes must keep exactly the rows the app's own filter keeps, or the first paint would say something
// the app then takes back.

const config: EarlyConfig = {
  ...EARLY_CONFIG,
  load: [],
  screens: SCREENS,
  views: {
    id: EARLY_VIEW,
    paths: { '/projects': { facets: ROW_FACETS, single: SINGLE_FACETS, opaque: OPAQUE_FILTERS } },
  },
}

const report = reportJson()
const rows = prepareRows(report)
/** A filter choice as the app draws it, unticked. */
const chip = (choice: string, label: string) =>
  renderToStaticMarkup(
    <ChoiceChip checked={false} off={false} onToggle={() => {}} choice={choice}>
      {label}
    </ChoiceChip>,
  )
/** The Projects fragment as far as the rule is concerned: the list, its counts, what follows it. */
const FRAGMENT = `<template data-prerendered="r/report.json" data-fingerprint="f1" data-screen="zh/projects"></template>
<p data-follows-query="blank">${rows.length}</p>
<div data-facet-list=""><table><tbody>${rows
  .map((r) => `<tr data-facets="${rowFacets(r)}" data-id="${r.project.id}"></tr>`)
  .join('')}</tbody></table></div>
<div data-follows-query="part">charts</div><span data-follows-query="none">12</span>
${chip('energy', '能源')}${chip('urban', '城市建设')}`

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

/** Opens a link to the list with this query, and waits for the fragment to be painted. */
async function openQuery(query: string) {
  window.location.hash = `/projects${query ? `?${query}` : ''}`
  early(config)
  await vi.waitFor(() => expect(document.documentElement.dataset.prerender).toBe('use'), { interval: 5 })
}
/** Opens `view` as a link the app writes. */
const open = (view: ProjectsView) => openQuery(routes.projects(view).search)
/** The rows the app keeps for this query: its own parser and its own filter. */
const appKeeps = (query: string) =>
  applyFilters(rows, filtersOf(parseSearch(query, projectsSpec).values), 'zh').map((r) => r.project.id)

const serve = (ok: boolean) => {
  vi.restoreAllMocks()
  serveScreens(ok ? FRAGMENT : null)
}
beforeEach(() => {
  document.body.innerHTML = '<div id="root" data-prerendered="r/report.json"><article>总览</article></div>'
  serve(true)
})
afterEach(() => {
  style()?.remove()
  window.location.hash = ''
  document.body.innerHTML = ''
  document.documentElement.removeAttribute('data-prerender')
  vi.restoreAllMocks()
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
    const none: string[] = []
    for (const view of links) {
      const query = routes.projects(view).search
      await openQuery(query)
      const kept = appKeeps(query)
      expect(kept.length, query).toBeLessThan(rows.length) // each link filters
      expect(shownRows(), query).toEqual(kept)
      // With no row to show, the list's room is left out too (the app says "nothing matches" there).
      const list = document.querySelector('[data-facet-list]') as Element
      expect(hiddenBy('display:none').has(list), query).toBe(kept.length === 0)
      if (kept.length === 0) none.push(query)
      style()?.remove()
    }
    expect(none).toContain('sector=energy&stage=signed') // the bench's link: nothing matches
  })

  it('never hides a row the app keeps, however the link is written', async () => {
    // Links as people and other tools write them: repeated, doubled, blank, unknown, out of range.
    const odd = [
      'sector=energy&sector=urban',
      'sector=energy,energy',
      'sector=,energy,',
      'sector=&stage=signed',
      'sector=energy,mars',
      'sector=ENERGY',
      'sectorBasis=stated&sectorBasis=stated',
      'sectorBasis=stated,inferred',
      'sectorBasis=stated,stated',
      'stageBasis=any',
      'stageBasis=',
      'q=%20%20',
      `q=${'园'.repeat(101)}`,
      'q=a&q=b',
      'min=-1',
      'min=abc',
      'max=1e9',
      'min=100001',
      'min=1&min=2',
      'min=0001.5',
      'max=100000.000000',
      'min=2.5&sector=energy',
      'sort=investment&dir=desc&by=count',
      'unstated=include',
    ]
    for (const query of odd) {
      await openQuery(query)
      const kept = appKeeps(query)
      const shown = shownRows()
      // A search or a range the app takes shows no row until the app has filtered (whether the early
      // script takes no more than the app does is first-paint.test.ts's); any other link, every row
      // the app keeps, and where the script reads a facet at all, only those.
      const { min, max, q } = parseSearch(query, projectsSpec).values
      if (min === null && max === null && q.trim() === '') {
        for (const id of kept) expect(shown, query).toContain(id)
        if (style()) expect(shown, query).toEqual(kept)
      }
      style()?.remove()
    }
  })

  it("keeps the whole list's numbers out of it: blank in their room, or not shown", async () => {
    await open({ sector: ['energy'] })
    expect([...hiddenBy('visibility:hidden')].map((el) => el.textContent)).toEqual([String(rows.length)])
    const left = [...hiddenBy('display:none')].map((el) => el.textContent)
    expect(left).toContain('charts')
    expect(left).toContain('12')
    // A part comes back on its own once marked shown (../prerender/hydrate.ts); the rest with the view.
    document.querySelector<HTMLElement>('[data-follows-query=part]')?.setAttribute('data-shown', '')
    expect([...hiddenBy('display:none')].map((el) => el.textContent)).not.toContain('charts')
    expect([...hiddenBy('display:none')].map((el) => el.textContent)).toContain('12')
  })

  it("marks the link's own choices chosen, as the rows are", async () => {
    await open({ sector: ['energy'] })
    const text = style()?.textContent ?? ''
    const chip = '#root[data-screen] [data-choice="energy"]'
    expect(text).toContain(`${chip}{background:var(--fg);color:var(--bg);border-color:var(--fg)}`)
    expect(text).toContain(`${chip}>[aria-hidden]:empty::before{content:"\\2713"}`) // ✓ where the app puts it
    expect(document.querySelector(`${chip}>[aria-hidden]:empty`)).not.toBeNull()
    expect(text).not.toContain('urban')
  })

  it('shows no row for a search or a range, which only the app can answer', async () => {
    for (const view of [{ q: '园区' }, { min: 1 }, { max: 10, sector: ['energy' as const] }, { min: 0.5 }]) {
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

  it("takes the rule away when the app's script cannot be loaded: the page stays as built, whole", async () => {
    const src = '/assets/index-missing.js'
    window.location.hash = '/projects?sector=energy'
    early({ ...config, load: [{ name: 'script', attrs: { type: 'module', src } }] })
    await vi.waitFor(() => expect(document.querySelector(`script[src="${src}"]`)).not.toBeNull())
    expect(style()).not.toBeNull()
    document.querySelector(`script[src="${src}"]`)?.dispatchEvent(new Event('error'))
    expect(style()).toBeNull()
    expect(shownRows()).toHaveLength(rows.length)
    document.querySelector(`script[src="${src}"]`)?.remove()
    document.getElementById('entry-failed')?.remove()
  })

  it('takes the rule away when another view is asked for before the app runs', async () => {
    await open({ sector: ['energy'] })
    window.location.hash = '/projects'
    await vi.waitFor(() => expect(style()).toBeNull())
  })
})
