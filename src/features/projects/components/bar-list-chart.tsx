import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { useT } from '@/lib/i18n'

export type BarDatum = { key: string; label: string; value: number; selected: boolean }

type Props = {
  data: BarDatum[]
  color: string
  format: (v: number) => string
  onSelect: (key: string) => void
  anySelected: boolean
}

const ROW = 30

/**
 * Horizontal bars, one per category, each clickable. Written against Recharts directly: the shared
 * wrappers (src/components/charts) had not landed on main while this screen was built.
 * Selection differs by more than colour: unselected bars fade and selected ones get an outline.
 */
export function BarListChart({ data, color, format, onSelect, anySelected }: Props) {
  const { t } = useT('projects')
  const height = Math.max(80, data.length * ROW + 16)
  return (
    <div style={{ height }} data-testid="bar-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 84, bottom: 4, left: 4 }}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="label"
            width={112}
            tick={{ fill: 'var(--fg)', fontSize: 12 }}
            stroke="var(--muted)"
            interval={0}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            cursor="pointer"
            minPointSize={3}
            onClick={(_d, i) => {
              const d = data[i]
              if (d) onSelect(d.key)
            }}
          >
            {data.map((d) => (
              <Cell
                key={d.key}
                fill={color}
                fillOpacity={anySelected && !d.selected ? 0.35 : 1}
                stroke={d.selected ? 'var(--fg)' : 'none'}
                strokeWidth={d.selected ? 2 : 0}
                aria-label={`${d.label}: ${format(d.value)}${d.selected ? t('charts.selected') : ''}`}
                data-bar={d.key}
                data-selected={d.selected}
              />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '')}
              fill="var(--fg)"
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** The same bars as a table with a filter button per row: the keyboard and screen-reader path. */
export function BarTable({
  data,
  format,
  onSelect,
  valueLabel,
  keyLabel,
}: Omit<Props, 'color' | 'anySelected'> & { valueLabel: string; keyLabel: string }) {
  const { t } = useT('projects')
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-[var(--border)] border-b">
          <th scope="col" className="px-1 text-left">
            {keyLabel}
          </th>
          <th scope="col" className="px-1 text-right">
            {valueLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key} className="border-[var(--border)] border-b last:border-0">
            <th scope="row" className="px-1 text-left font-normal">
              <button
                type="button"
                className="link"
                aria-pressed={d.selected}
                aria-label={t('charts.filterBy', { label: d.label })}
                onClick={() => onSelect(d.key)}
              >
                {d.label}
              </button>
            </th>
            <td className="px-1 text-right tabular-nums">{format(d.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
