import { useQuery } from '@tanstack/react-query'
import { sectorLabel } from '@/lib/dataset/labels'
import { SECTORS, type Sector } from '@/lib/dataset/taxonomy'
import { useT } from '@/lib/i18n'
import { needsDecision, type WordUse } from '@/lib/ledger-model'
import { ownValue } from '@/lib/own'
import { userStore } from '@/lib/user-data'
import { sectorWordsQueryOptions } from '@/lib/user-data/ledger-queries'
import { ledgerMessages } from './i18n'

const NONE = '-none'
const AUTO = ''

/**
 * The ledger's own 行业 words and the dashboard sector each is counted under: the common words mapped
 * by default (said so), the rest listed first for the user to decide. A choice is kept in the store's
 * settings (it travels in backups) and applies at once to every chart and filter.
 */
export function SectorWordsPanel({ words }: { words: readonly WordUse[] }) {
  const { t, lang } = useT(ledgerMessages)
  const own = useQuery(sectorWordsQueryOptions()).data ?? {}
  const set = async (word: string, value: string) => {
    // No prototype: a word is the user's text, and `__proto__` is a word like any other.
    const next: Record<string, Sector | null> = Object.assign(Object.create(null), own)
    if (value === AUTO) delete next[word]
    else next[word] = value === NONE ? null : (value as Sector)
    await (await userStore()).settings.setSectorWords(next)
  }
  const ordered = [...words].sort(
    (a, b) => Number(needsDecision(b.mapping)) - Number(needsDecision(a.mapping)),
  )
  if (!ordered.length) return <p className="text-muted text-sm">{t('words.none')}</p>
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-muted">{t('words.intro')}</p>
      <table className="w-full max-w-3xl" aria-label={t('words.title')}>
        <thead>
          <tr className="text-left text-muted">
            <th className="px-1 font-normal">{t('words.word')}</th>
            <th className="px-1 text-right font-normal">{t('words.rows')}</th>
            <th className="px-1 font-normal">{t('words.sector')}</th>
            <th className="px-1 font-normal">{t('words.how')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map(({ word, rows, mapping }) => {
            const chosen = ownValue(own, word)
            const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen
            const autoLabel =
              'sector' in mapping && mapping.via !== 'override'
                ? t('words.auto', { sector: sectorLabel(mapping.sector, lang) })
                : t('words.undecided')
            return (
              <tr key={word} className="border-line border-t" data-word={word}>
                <th scope="row" className="px-1 py-0.5 text-left font-normal">
                  {word}
                </th>
                <td className="px-1 text-right tabular-nums">{rows}</td>
                <td className="px-1 py-0.5">
                  <select
                    aria-label={t('words.choose', { word })}
                    className="rounded border border-line bg-card px-1 py-0.5"
                    value={value}
                    onChange={(e) => void set(word, e.target.value)}
                  >
                    <option value={AUTO}>{autoLabel}</option>
                    {SECTORS.map((s) => (
                      <option key={s} value={s}>
                        {sectorLabel(s, lang)}
                      </option>
                    ))}
                    <option value={NONE}>{t('words.noSector')}</option>
                  </select>
                </td>
                <td className={`px-1 ${needsDecision(mapping) ? 'font-semibold text-bad' : 'text-muted'}`}>
                  {mapping.via === 'keyword'
                    ? t('words.via.keyword', { keyword: mapping.keyword })
                    : mapping.via === 'ambiguous'
                      ? t('words.via.ambiguous', {
                          sectors: mapping.sectors.map((s) => sectorLabel(s, lang)).join(' / '),
                        })
                      : t(`words.via.${mapping.via}`)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
