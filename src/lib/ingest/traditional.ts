import type { CharConverter } from './normalise'

// Traditional → simplified, for matching only (quotes stay in the original characters). opencc-js
// (t2cn build, ~110 kB) loads only when the text looks traditional, so simplified reports, the
// benchmark and the app's first paint never pay for it.

// Characters that occur in traditional texts and never in simplified ones, chosen from the words
// these reports use most (地區生產總值, 經濟, 預算, 發展, 項目, 農業 …). Two or more mean "traditional".
const TRADITIONAL_ONLY = new Set(
  Array.from(
    '區產業發經濟總額長會為與實現開設較點個們這來對時進動過還後學國東當應農務億萬縣鄉鎮預標準項規模營銷額億' +
      '際廣場體質數據視頻網絡電氣鐵礦廠機關係關聯財稅貸幣銀險醫藥衛療環護綠態義務辦處員審計劃劃書讀論證據' +
      '資訊達適遠選運還邊鄰陽陰陸隊險雜雙離難雲電靈響頭題顯風飛養館驗體點黨齊齡',
  ),
)

export function looksTraditional(text: string): boolean {
  let hits = 0
  for (const ch of text) {
    if (TRADITIONAL_ONLY.has(ch) && ++hits >= 2) return true
  }
  return false
}

type OpenCCModule = { Converter: (o: { from: string; to: string }) => (s: string) => string }

let loading: Promise<CharConverter> | undefined

/**
 * A converter that keeps every string's length: OpenCC converts phrases, and a phrase may map to a
 * different length; such a line is converted again character by character.
 */
export function loadTraditionalConverter(): Promise<CharConverter> {
  loading ??= (import('opencc-js/t2cn') as Promise<OpenCCModule>).then((m) => {
    // 'tw' reads Taiwan and Hong Kong usage (著力 → 着力, 裡 → 里), which 't' leaves alone.
    const convert = m.Converter({ from: 'tw', to: 'cn' })
    return (text: string) =>
      text
        .split('\n')
        .map((line) => {
          const whole = convert(line)
          if (whole.length === line.length) return whole
          return Array.from(line, (ch) => {
            const c = convert(ch)
            return c.length === ch.length ? c : ch
          }).join('')
        })
        .join('\n')
  })
  return loading
}
