// Projector type scale. `--u` is 1% of a 16:9 frame fitted into the viewport (1vh on a 16:9 screen,
// less on a taller one), so 1366×768, 1920×1080 and 3840×2160 render the same slide, only sharper.
// At 1920×1080 u = 10.8px: body 2.6u ≈ 28px, KPI numbers 6.4u ≈ 69px. The sizes are theme tokens
// (`--text-slide-*` in src/styles.css).
export const FRAME_UNIT = 'min(1vh, 0.5625vw)'

export const type = {
  hero: 'text-slide-hero font-bold',
  h1: 'text-slide-h1 font-bold',
  h2: 'text-slide-h2 font-semibold',
  big: 'text-slide-big font-bold tabular-nums',
  body: 'text-slide-body',
  small: 'text-slide-small',
  /** The deck's controls and overlays only: never on a slide (the audience's text is ≥ small). */
  ui: 'text-slide-ui',
} as const
