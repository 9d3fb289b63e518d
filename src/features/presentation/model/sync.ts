import type { Blank } from './keys'

// The audience window and the presenter window show one deck: each tells the other when its slide,
// its selection or its blank screen changes, and asks for the other's state when it opens. Pure: the
// messages, their check on arrival, and whether an arriving state is news. The transport
// (BroadcastChannel, or postMessage between the two windows where there is none) is ../hooks/use-deck-sync.

export const SYNC_VERSION = 1

export type DeckState = { index: number; ids: string[]; blank: Blank | null }

export type SyncMessage =
  | { v: 1; kind: 'hello'; from: string }
  | { v: 1; kind: 'state'; from: string; at: number; state: DeckState }

/** The channel of one report's deck (two decks of two reports never steer each other). */
export const channelName = (reportId: string) => `work-report-dashboard:deck:${reportId}`

export const hello = (from: string): SyncMessage => ({ v: SYNC_VERSION, kind: 'hello', from })
export const stateMessage = (from: string, at: number, state: DeckState): SyncMessage => ({
  v: SYNC_VERSION,
  kind: 'state',
  from,
  at,
  state: { index: state.index, ids: [...state.ids], blank: state.blank },
})

const isBlank = (v: unknown): v is Blank | null => v === null || v === 'black' || v === 'white'

/** What arrived, if it is one of our messages (anything else on the channel or window is ignored). */
export function decode(data: unknown): SyncMessage | null {
  if (!data || typeof data !== 'object') return null
  const m = data as Record<string, unknown>
  if (m.v !== SYNC_VERSION || typeof m.from !== 'string' || !m.from) return null
  if (m.kind === 'hello') return { v: 1, kind: 'hello', from: m.from }
  if (m.kind !== 'state' || typeof m.at !== 'number') return null
  const s = m.state as Record<string, unknown> | null
  if (!s || typeof s !== 'object') return null
  if (!Number.isInteger(s.index) || (s.index as number) < 0) return null
  if (!Array.isArray(s.ids) || !s.ids.every((id) => typeof id === 'string')) return null
  if (!isBlank(s.blank)) return null
  return stateMessage(m.from, m.at, { index: s.index as number, ids: s.ids as string[], blank: s.blank })
}

export const sameState = (a: DeckState, b: DeckState) =>
  a.index === b.index &&
  a.blank === b.blank &&
  a.ids.length === b.ids.length &&
  a.ids.every((id, i) => id === b.ids[i])

/**
 * Whether an arriving state should be applied here: it is another window's, newer than the last
 * state this window sent or applied (a late message must not pull the deck back), and different.
 */
export function shouldApply(msg: SyncMessage, self: string, lastAt: number, local: DeckState): boolean {
  return msg.kind === 'state' && msg.from !== self && msg.at >= lastAt && !sameState(msg.state, local)
}
