// The shared ChartFrame is sized for a page; on a slide its title, unit, legend and source grow
// to projector size (descendant selectors, so the shared wrapper stays untouched).
export const slideChartFrame = [
  'border-0 bg-transparent p-0 min-h-0 flex-1',
  '[&_figure]:bg-transparent',
  '[&_h3]:text-[length:calc(var(--u)*3.2)] [&_h3]:leading-tight',
  '[&_header_p]:text-[length:calc(var(--u)*2.2)]',
  '[&_figcaption]:text-[length:calc(var(--u)*2)]',
  '[&_[data-chart-legend]]:text-[length:calc(var(--u)*2.4)]',
  '[&_table]:text-[length:calc(var(--u)*2.4)]',
  // Axis ticks and bar labels: SVG presentation attributes lose to CSS, so this scales them.
  '[&_[data-chart]_text]:text-[length:calc(var(--u)*2.2)] [&_[data-chart]_svg]:overflow-visible pr-[calc(var(--u)*4)]',
  '[&_.btn]:text-[length:max(14px,calc(var(--u)*1.6))]',
].join(' ')
