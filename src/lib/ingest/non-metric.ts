import type { Token } from './tokens'

// Tokens that look like quantities and are not measures: years, dates, ordinals, names and slogans.
// Each rule holds for any report, not just the one we have; the reason is shown to the reviewer and
// written into the draft's nonMetrics. `span` widens the token to the words that make it a name
// (2023年, 第二届, 5G), so the draft's non-metric entry reads as the report writes it.

export type NonMetricHit = { reason: string; span: [number, number] }

const CLASSIFIER_AFTER_ONE = /^(?:个|批|些|系列|年|流|线|张|座|条|头|份|套|项|件|次|场|道|支|片|种|股|大批)/
const SLOGAN_AFTER =
  /^(?:个|件|项|大|条|种)?(?:全面|意识|自信|维护|统筹|代表|务必|大事|战略|行动|坚持|必须|服务|革命)/

function inside(spans: [number, number][], at: number): boolean {
  return spans.some(([s, e]) => s < at && at < e)
}

function arabicRule(
  t: Token,
  text: string,
  quoted: [number, number][],
  lineStart: boolean,
): NonMetricHit | undefined {
  const after = text.slice(t.end, t.end + 8)
  const before = text[t.start - 1] ?? ''
  const span = (len: number): [number, number] => [t.start, t.end + len]
  const yearLike = /^(?:19|20)\d{2}$/.test(t.text)
  if (yearLike && /^(?:年|[-—~至到](?:19|20)\d{2}年)/.test(after)) return { reason: 'a year', span: span(1) }
  if (/^\d{1,2}$/.test(t.text) && /^[-—~至]\d{1,2}月/.test(after))
    return { reason: 'a date range (months)', span: span(after.indexOf('月') + 1) }
  if (/^(?:月|日|季度|时)/.test(after) && !/^(?:月份?平均|日均)/.test(after))
    return { reason: 'a date or time', span: span(1) }
  if (/^号(?:院|楼|线|地块|文件|令|井)?/.test(after) && !/^号召/.test(after))
    return { reason: 'an address or document number', span: span(/^号[院楼线井令]/.test(after) ? 2 : 1) }
  // Letters make a name (5G, 3A级, G20, PM2.5), except an indicator's Latin name written before its
  // figure (GDP113.6亿元) or a unit in Latin letters (300MW).
  const indicatorBefore = /(?:GDP|CPI|PPI)$/.test(text.slice(Math.max(0, t.start - 3), t.start))
  const latinUnit = /^(?:MW|GW|kW|KW|km|KM|kg)/.test(after)
  if (!indicatorBefore && !latinUnit && (/^[A-Za-z]/.test(after) || /[A-Za-z]/.test(before))) {
    const letters = after.match(/^[A-Za-z]+级?/)?.[0] ?? ''
    return { reason: 'part of a name with letters (5G, 3A级, G20)', span: span(letters.length) }
  }
  if (after.startsWith('+') || before === '+') return { reason: 'a programme name (1+N)', span: span(0) }
  if (before === '第') return { reason: 'an ordinal (第…)', span: [t.start - 1, t.end + 1] }
  if (inside(quoted, t.start)) return { reason: 'part of a name in quotation marks', span: span(0) }
  if (lineStart && /^[.、)]/.test(after) && !/^\.\d/.test(after))
    return { reason: 'a list number', span: span(1) }
  if (before === '(' && after.startsWith(')'))
    return { reason: 'a list number', span: [t.start - 1, t.end + 1] }
  if (/^期/.test(after) && !/^期间/.test(after)) return { reason: 'a phase number', span: span(1) }
  if (/^\d{1,2}$/.test(t.text) && /^年(?!均|度)/.test(after))
    return { reason: 'a span of years (连续3年)', span: span(1) }
  if (/^\d{5,}$/.test(t.text) && /^(?:热线|便民|政务|服务)/.test(after))
    return { reason: 'a service number', span: span(2) }
  return undefined
}

function chineseRule(t: Token, text: string, quoted: [number, number][]): NonMetricHit | undefined {
  const after = text.slice(t.end, t.end + 6)
  const before = text[t.start - 1] ?? ''
  const span = (len: number): [number, number] => [t.start, t.end + len]
  if (t.text.startsWith('(')) return { reason: 'a heading ordinal', span: span(0) }
  if (t.text.startsWith('第')) return { reason: 'an ordinal (第…)', span: span(1) }
  if (after.startsWith('是')) return { reason: 'an enumeration (一是, 二是 …)', span: span(1) }
  if (inside(quoted, t.start)) return { reason: 'part of a name in quotation marks', span: span(0) }
  if (/^十[一二三四五六七八九]五$/.test(t.text)) return { reason: 'a five-year plan (十四五)', span: span(0) }
  if (/^次产业/.test(after)) return { reason: 'a name (三次产业 = the three sectors)', span: span(3) }
  if (/^年(?!均|度)/.test(after)) return { reason: 'a span of years (过去五年, 一年来)', span: span(1) }
  if (after.startsWith('大')) return { reason: 'the name of a numbered set (二十大, 五大…)', span: span(1) }
  if (/^[万千百亿]+$/.test(t.text) || /^[千百万亿]级/.test(t.text + after))
    return { reason: 'an idiom or a class (千家万户, 万亿级)', span: span(after.startsWith('级') ? 1 : 0) }
  if (after.startsWith('级')) return { reason: 'a class or grade (万亿级)', span: span(1) }
  if (/^(?:届|期)/.test(after) || (after.startsWith('次') && before === '届'))
    return { reason: 'a session, phase or period', span: span(1) }
  if (/^家(?:子|村|屯|店|窝)/.test(after)) return { reason: 'part of a place name', span: span(2) }
  if (/^.一./.test(after) && t.text === '一') return { reason: 'a slogan (一…一…)', span: span(3) }
  if (before === '”' || SLOGAN_AFTER.test(after)) return { reason: 'a slogan or a named set', span: span(1) }
  if (/^(?:普法|规划|时期|期间)/.test(after)) return { reason: 'a programme name', span: span(2) }
  if (t.text === '一' && CLASSIFIER_AFTER_ONE.test(after))
    return { reason: 'an indefinite or idiomatic 一 (一批, 一年, 一个个)', span: span(1) }
  return undefined
}

/**
 * Why a token is not a measure, if it is not. `lineStart` says the token opens its line (list
 * numbers: 1. / 1、). Threshold scopes (500万元以上项目) are decided later, with the unit read.
 */
export function nonMetricReason(
  t: Token,
  text: string,
  quoted: [number, number][],
  lineStart: boolean,
): NonMetricHit | undefined {
  return t.kind === 'arabic' ? arabicRule(t, text, quoted, lineStart) : chineseRule(t, text, quoted)
}
