import type { Page } from 'playwright-core'

export type ContrastFinding = {
  /** The text (first 30 characters). */
  text: string
  /** WCAG contrast ratio of its colour, with its opacity, against what is drawn behind it. */
  ratio: number
  fg: string
  bg: string
}

/**
 * The contrast of every visible text inside `root`, lowest first, measured as the eye gets it: the
 * text's colour (HTML `color`, SVG `fill`) with the opacity of it and its ancestors, over the colour
 * behind it: for SVG text the shape under its centre (a bar, when a value sits on a bar), else the
 * first opaque background up the tree. Colours are read through a canvas, so oklch() and
 * color-mix() (Tailwind v4's tokens) come out as the sRGB the screen shows. axe's
 * color-contrast-enhanced asks only 4.5:1 of large text (every text of a slide at 1920×1080), and
 * does not look inside SVG; the projector theme promises 7:1 for all of it.
 */
export function textContrast(page: Page, root: string): Promise<ContrastFinding[]> {
  return page.evaluate((rootSelector) => {
    type Rgba = [number, number, number, number]
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D
    const rgba = (css: string): Rgba => {
      if (!css || css === 'none' || css === 'transparent') return [0, 0, 0, 0]
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = '#000'
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data as unknown as number[]
      return [r ?? 0, g ?? 0, b ?? 0, (a ?? 0) / 255]
    }
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3]
      return [
        top[0] * a + under[0] * (1 - a),
        top[1] * a + under[1] * (1 - a),
        top[2] * a + under[2] * (1 - a),
        1,
      ]
    }
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const opacityOf = (el: Element | null) => {
      let o = 1
      for (let e = el; e; e = e.parentElement) o *= Number.parseFloat(getComputedStyle(e).opacity || '1')
      return o
    }
    /** The first background drawn behind `el`, composited down to an opaque colour. */
    const backgroundOf = (el: Element | null): Rgba => {
      const layers: Rgba[] = []
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor)
        if (c[3] > 0) layers.push(c)
        if (c[3] >= 1) break
      }
      return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1])
    }
    const shapeBehind = (text: Element, x: number, y: number): Element | null => {
      for (const e of document.elementsFromPoint(x, y)) {
        if (e === text || text.contains(e) || e.contains(text)) continue
        if (e instanceof SVGGeometryElement && rgba(getComputedStyle(e).fill)[3] > 0) return e
        if (!(e instanceof SVGElement)) return null
      }
      return null
    }
    const show = ([r, g, b]: Rgba) => `rgb(${[r, g, b].map(Math.round).join(',')})`
    const rootEl = document.querySelector(rootSelector)
    if (!rootEl) return []
    const seen = new Set<Element>()
    const out: { text: string; ratio: number; fg: string; bg: string }[] = []
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      const text = (n.textContent ?? '').trim()
      if (!el || !text || seen.has(el) || el.closest('.sr-only')) continue
      seen.add(el)
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue
      const inSvg = el instanceof SVGElement
      const own = rgba(inSvg ? style.fill : style.color)
      let bg: Rgba
      const shape = inSvg ? shapeBehind(el, box.x + box.width / 2, box.y + box.height / 2) : null
      if (shape) {
        const fill = rgba(getComputedStyle(shape).fill)
        const fillOpacity = Number.parseFloat(getComputedStyle(shape).fillOpacity || '1')
        bg = over([fill[0], fill[1], fill[2], fill[3] * fillOpacity * opacityOf(shape)], backgroundOf(shape))
      } else bg = backgroundOf(el)
      const fillOpacity = inSvg ? Number.parseFloat(style.fillOpacity || '1') : 1
      const fg = over([own[0], own[1], own[2], own[3] * fillOpacity * opacityOf(el)], bg)
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number]
      out.push({ text: text.slice(0, 30), ratio: (hi + 0.05) / (lo + 0.05), fg: show(fg), bg: show(bg) })
    }
    return out.sort((a, b) => a.ratio - b.ratio)
  }, root)
}
