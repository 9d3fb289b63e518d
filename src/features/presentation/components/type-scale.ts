// Projector type scale. `--u` is 1% of a 16:9 frame fitted into the viewport (1vh on a 16:9 screen,
// less on a taller one), so 1366×768, 1920×1080 and 3840×2160 render the same slide, only sharper.
// At 1920×1080 u = 10.8px: body 2.6u ≈ 28px, KPI numbers 6.4u ≈ 69px.
export const FRAME_UNIT = 'min(1vh, 0.5625vw)'

export const type = {
  hero: 'text-[length:calc(var(--u)*7)] leading-[1.15] font-bold',
  h1: 'text-[length:calc(var(--u)*4.6)] leading-[1.2] font-bold',
  h2: 'text-[length:calc(var(--u)*3.2)] leading-[1.25] font-semibold',
  big: 'text-[length:calc(var(--u)*6.4)] leading-[1.05] font-bold tabular-nums',
  body: 'text-[length:calc(var(--u)*2.6)] leading-[1.35]',
  small: 'text-[length:calc(var(--u)*2.2)] leading-[1.3]',
  ui: 'text-[length:max(14px,calc(var(--u)*1.9))]',
} as const
