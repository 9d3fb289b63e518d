// A ledger row that is one of the report's named projects: 晶澳300MW光伏项目 in the ledger is the
// report's 晶澳300兆瓦光伏. Names are normalised (capacities to MW, 项目/工程/建设 and company suffixes
// dropped, punctuation and full-width folded) and compared; only a clear, unrivalled match is certain,
// anything else is offered for the user to confirm.
import { shift } from '../format/quantity'
import { bigrams, dice } from './similarity'
import { keyText, normalizeText } from './text'

export type ProjectCandidate = { id: string; names: string[] }

export type ProjectMatch = {
  id: string
  /** 0..1: 1 for the same name after normalising. */
  score: number
  /** Taken without asking: the same name, or a near one with no rival close to it. */
  certain: boolean
  /** Other candidates worth showing in the confirmation, best first. */
  alternatives: { id: string; score: number }[]
}

const MIN_SCORE = 0.5
const CERTAIN = 0.9
const MARGIN = 0.1

/** Capacities in one unit: 30万千瓦 = 300兆瓦 = 300MW → '300mw'; storage in MWh stays apart. */
function capacities(text: string): string {
  const mw = (n: string, exp: number, tail: string) => `${shift(Number(n), exp)}${tail}`
  return text
    .replace(/(\d+(?:\.\d+)?)\s*万千瓦时/g, (_, n) => mw(n, 1, 'mwh'))
    .replace(/(\d+(?:\.\d+)?)\s*万千瓦/g, (_, n) => mw(n, 1, 'mw'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:吉瓦时|gwh)/gi, (_, n) => mw(n, 3, 'mwh'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:吉瓦|gw)(?!h)/gi, (_, n) => mw(n, 3, 'mw'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:兆瓦时|mwh)/gi, (_, n) => mw(n, 0, 'mwh'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:兆瓦|mwp|mw)(?!h)/gi, (_, n) => mw(n, 0, 'mw'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:千瓦时|kwh|度)/gi, (_, n) => mw(n, -3, 'mwh'))
    .replace(/(\d+(?:\.\d+)?)\s*(?:千瓦|kw)(?!h)/gi, (_, n) => mw(n, -3, 'mw'))
}

// Words that name the kind of thing, not which one: dropped before comparing.
const NOISE = /(股份有限公司|有限责任公司|有限公司|集团|项目|工程|建设|新建|续建|扩建)/g

/** The comparable form of a project name. */
export function projectKey(name: string): string {
  return keyText(capacities(normalizeText(name).toLowerCase()).replace(NOISE, ''))
}

/** The figures a name states (300mw, 二期): two names with different ones are different projects. */
function markers(key: string): string {
  const numbers = key.match(/\d+(?:\.\d+)?(?:mwh|mw|万吨|吨|万头|头|万只|亩|万亩|栋)?/g) ?? []
  const phases = key.match(/[一二三四五六七八九十\d]+期/g) ?? []
  return [...numbers, ...phases].sort().join(',')
}

type Indexed = { id: string; key: string; grams: Map<string, number>; markers: string }

function score(key: string, grams: Map<string, number>, mark: string, c: Indexed): number {
  if (key === c.key) return 1
  let s = dice(grams, c.grams)
  const [short, long] = key.length <= c.key.length ? [key, c.key] : [c.key, key]
  // One name inside the other (晶澳光伏 in 晶澳光伏产业园) is closer than its bigrams say, but not the
  // same: 化工园区 is in 化工园区消防站 and they are two projects.
  if (short.length >= 3 && long.includes(short)) s = Math.max(s, 0.75 + 0.15 * (short.length / long.length))
  if (mark !== '' && c.markers !== '' && mark !== c.markers) s *= 0.5
  return s
}

/** A matcher over the report's projects, indexed once for a ledger of thousands of rows. */
export function projectMatcher(
  candidates: readonly ProjectCandidate[],
): (name: string) => ProjectMatch | undefined {
  const index: Indexed[] = []
  for (const c of candidates) {
    for (const name of c.names) {
      const key = projectKey(name)
      if (key !== '') index.push({ id: c.id, key, grams: bigrams(key), markers: markers(key) })
    }
  }
  return (name) => {
    const key = projectKey(name)
    if (key === '') return undefined
    const grams = bigrams(key)
    const mark = markers(key)
    const best = new Map<string, number>()
    for (const c of index) {
      const s = score(key, grams, mark, c)
      if (s > (best.get(c.id) ?? 0)) best.set(c.id, s)
    }
    const ranked = [...best.entries()]
      .filter(([, s]) => s >= MIN_SCORE)
      .sort((a, b) => b[1] - a[1])
      .map(([id, s]) => ({ id, score: Math.round(s * 1000) / 1000 }))
    const [top, ...rest] = ranked
    if (!top) return undefined
    const rival = rest[0]?.score ?? 0
    const certain = top.score >= CERTAIN && top.score - rival >= MARGIN
    return { id: top.id, score: top.score, certain, alternatives: rest.slice(0, 4) }
  }
}

export function matchProject(
  name: string,
  candidates: readonly ProjectCandidate[],
): ProjectMatch | undefined {
  return projectMatcher(candidates)(name)
}
