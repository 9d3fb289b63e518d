import { LIGHT_KEYS, ORIGINS, PHASES } from '../ledger-model/types'
import { type Codec, listOf, oneOf } from './params'

// The Projects screen's URL for the county's ledger (issue 12), kept apart from the report explorer's
// keys (./specs.ts spreads it into projectsSpec) so each can grow without touching the other.

/** In the URL a blank township/unit ("not given") is written `_`: an empty item would vanish. */
export const BLANK_WORD = '_'

/**
 * Free words chosen from the ledger (townships, units): comma-separated, each at most 60 characters,
 * at most 60 of them, duplicates dropped. The screen says which of them the ledger does not have.
 */
export function words(): Codec<string[]> {
  return {
    parse: (raw) => {
      const items = raw.flatMap((r) => r.split(',')).map((w) => w.trim())
      if (!items.length || items.length > 60 || items.some((w) => w === '' || w.length > 60)) return undefined
      return [...new Set(items.map((w) => (w === BLANK_WORD ? '' : w)))]
    },
    serialize: (v) => (v.length ? [v.map((w) => (w === '' ? BLANK_WORD : w)).join(',')] : []),
    fallback: [],
  }
}

/** Orders of the joined list: the ledger's own, or by a column. */
export const LEDGER_SORT_KEYS = [
  'ledger',
  'name',
  'town',
  'unit',
  'plan',
  'completed',
  'completion',
  'gap',
] as const
export type LedgerSortKey = (typeof LEDGER_SORT_KEYS)[number]

/** Which list the screen shows: the joined list (ledger + report), or the report's named projects alone. */
export const LIST_VIEWS = ['auto', 'joined', 'report'] as const
export type ListView = (typeof LIST_VIEWS)[number]

/** `#/projects?town=柳城街道&light=red,yellow&phase=new,continuing` */
export const ledgerSpec = {
  list: oneOf(LIST_VIEWS, 'auto'), // auto: the joined list when the report has a ledger
  town: words(),
  unit: words(),
  light: listOf(LIGHT_KEYS),
  phase: listOf(PHASES),
  from: listOf(ORIGINS),
  order: oneOf(LEDGER_SORT_KEYS, 'ledger'),
  odir: oneOf(['asc', 'desc'] as const, 'asc'),
}
