import { Link } from 'wouter'
import type { Section } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { ordinal } from '@/lib/i18n/languages'
import { messages } from '../i18n'

/** Links to each section (?sec=): keyboard reachable like any link, and back/forward retrace them. */
export function Toc({
  sections,
  active,
  hrefOf,
}: {
  sections: readonly Section[]
  active: string
  hrefOf: (id: string) => string
}) {
  const { t, lang } = useT(messages)
  return (
    <nav aria-label={t('toc')} className="text-sm">
      <h2 className="mb-1 font-semibold">{t('toc')}</h2>
      <ol className="flex flex-col gap-0.5">
        {sections.map((s) => (
          <li key={s.id}>
            <Link
              href={hrefOf(s.id)}
              aria-current={active === s.id ? 'location' : undefined}
              className="block rounded px-2 py-0.5 text-fg no-underline hover:bg-line aria-[current]:bg-line aria-[current]:font-semibold"
            >
              {s.ordinal ? `(${ordinal(s.ordinal, lang)}) ` : ''}
              {s.title[lang]}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
