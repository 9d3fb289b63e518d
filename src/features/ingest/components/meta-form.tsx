import { useId } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { Meta } from '../model/review'

const input = 'rounded border border-line bg-page px-1.5 py-0.5 text-fg'

/** What names the report in the switcher and on its screens: id, title, place, province, year. */
export function MetaForm({ meta, onMeta }: { meta: Meta; onMeta: (meta: Meta) => void }) {
  const { t } = useT(messages)
  const id = useId()
  const pair = (key: 'title' | 'county' | 'province', wide: boolean) =>
    (['zh', 'en'] as const).map((lang) => (
      <label key={`${key}-${lang}`} className="flex flex-col gap-0.5">
        <span className="text-xs">{t(`meta.${key}${lang === 'zh' ? 'Zh' : 'En'}`)}</span>
        <input
          className={cx(input, wide ? 'w-72' : 'w-40')}
          value={meta[key][lang]}
          onChange={(e) => onMeta({ ...meta, [key]: { ...meta[key], [lang]: e.target.value } })}
        />
      </label>
    ))
  return (
    <section className="card flex flex-col gap-2 p-3 text-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-base">
        {t('meta.title')}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs">{t('meta.id')}</span>
          <input
            className={cx(input, 'w-48 font-mono')}
            value={meta.id}
            spellCheck={false}
            onChange={(e) => onMeta({ ...meta, id: e.target.value.trim() })}
          />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs">{t('meta.year')}</span>
          <input
            className={cx(input, 'w-20 tabular-nums')}
            inputMode="numeric"
            value={meta.year || ''}
            onChange={(e) => {
              const y = Number(e.target.value)
              if (Number.isInteger(y) && y >= 0 && y <= 9999) onMeta({ ...meta, year: y })
            }}
          />
        </label>
        {pair('title', true)}
        {pair('county', false)}
        {pair('province', false)}
      </div>
    </section>
  )
}
