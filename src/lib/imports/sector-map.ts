// The ledger's own 行业 words onto the dashboard's sectors. A default map covers the common words; the
// user's overrides come first; a word that names two sectors (新能源装备制造) or none is listed as
// unmapped for the user to decide. Nothing is guessed silently: every mapping says how it was made.
import type { Sector } from '../dataset/taxonomy'
import { keyText } from './text'

/** Common 行业 words of county ledgers. Conservative: a word that could go two ways is left out. */
export const DEFAULT_SECTOR_WORDS: Readonly<Record<string, Sector>> = {
  新能源: 'energy',
  能源: 'energy',
  清洁能源: 'energy',
  光伏: 'energy',
  风电: 'energy',
  风能: 'energy',
  储能: 'energy',
  氢能: 'energy',
  电力: 'energy',
  热电: 'energy',
  生物质能: 'energy',
  抽水蓄能: 'energy',
  农产品加工: 'agrifood',
  食品: 'agrifood',
  食品加工: 'agrifood',
  农副产品: 'agrifood',
  农业: 'agrifood',
  现代农业: 'agrifood',
  设施农业: 'agrifood',
  畜牧: 'agrifood',
  畜牧业: 'agrifood',
  养殖: 'agrifood',
  种植: 'agrifood',
  粮食: 'agrifood',
  新材料: 'materials',
  材料: 'materials',
  化工: 'materials',
  精细化工: 'materials',
  冶金: 'materials',
  钢铁: 'materials',
  建材: 'materials',
  装备制造: 'manufacturing',
  制造业: 'manufacturing',
  先进制造: 'manufacturing',
  机械制造: 'manufacturing',
  汽车零部件: 'manufacturing',
  矿山: 'mining',
  采矿: 'mining',
  矿业: 'mining',
  采选: 'mining',
  非煤矿山: 'mining',
  数字: 'digital',
  数字经济: 'digital',
  大数据: 'digital',
  信息化: 'digital',
  '5g': 'digital',
  电子信息: 'digital',
  数据中心: 'digital',
  城建: 'urban',
  市政: 'urban',
  基础设施: 'urban',
  城市更新: 'urban',
  交通: 'urban',
  道路: 'urban',
  公路: 'urban',
  老旧小区改造: 'urban',
  棚户区改造: 'urban',
  供水: 'urban',
  教育: 'public-services',
  医疗: 'public-services',
  卫生: 'public-services',
  卫健: 'public-services',
  养老: 'public-services',
  社会事业: 'public-services',
  公共服务: 'public-services',
  文化: 'public-services',
  体育: 'public-services',
  科技: 'innovation',
  科技创新: 'innovation',
  研发: 'innovation',
  中试: 'innovation',
}

export type SectorMapping =
  | { word: string; sector: Sector; via: 'override' | 'default' }
  /** A known word inside a longer one: 光伏发电 by 光伏. Shown with its keyword. */
  | { word: string; sector: Sector; via: 'keyword'; keyword: string }
  | { word: string; via: 'unmapped' }
  | { word: string; via: 'ambiguous'; sectors: Sector[] }

function keyed<T>(map: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(map).map(([k, v]) => [keyText(k), v]))
}

const DEFAULTS = keyed(DEFAULT_SECTOR_WORDS)

/** One word's sector, and how it was found. */
export function mapSectorWord(word: string, overrides: Readonly<Record<string, Sector>> = {}): SectorMapping {
  const key = keyText(word)
  const own = keyed(overrides).get(key)
  if (own) return { word, sector: own, via: 'override' }
  const known = DEFAULTS.get(key)
  if (known) return { word, sector: known, via: 'default' }
  const hits = new Map<Sector, string>()
  for (const [k, sector] of DEFAULTS) {
    if (k.length < 2 || !key.includes(k)) continue
    const before = hits.get(sector)
    if (!before || k.length > before.length) hits.set(sector, k)
  }
  if (hits.size === 1) {
    const [sector, keyword] = [...hits.entries()][0] as [Sector, string]
    return { word, sector, via: 'keyword', keyword }
  }
  if (hits.size > 1) return { word, via: 'ambiguous', sectors: [...hits.keys()] }
  return { word, via: 'unmapped' }
}

/** Every distinct word of a ledger mapped once; the words left for the user listed apart. */
export function mapSectorWords(
  words: Iterable<string>,
  overrides: Readonly<Record<string, Sector>> = {},
): { mappings: SectorMapping[]; unmapped: string[] } {
  const seen = new Set<string>()
  const mappings: SectorMapping[] = []
  for (const word of words) {
    const w = word.trim()
    if (w === '' || seen.has(w)) continue
    seen.add(w)
    mappings.push(mapSectorWord(w, overrides))
  }
  const unmapped = mappings.filter((m) => m.via === 'unmapped' || m.via === 'ambiguous').map((m) => m.word)
  return { mappings, unmapped }
}
