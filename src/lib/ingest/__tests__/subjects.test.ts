import { describe, expect, it } from 'vitest'
import { isEmptySubject, peel, splitSubjects } from '../subjects'

describe('peel', () => {
  it.each([
    ['预计全年完成地区生产总值', { subject: '完成地区生产总值' }],
    [
      '规上工业增加值增速',
      { subject: '规上工业增加值', growth: { word: '增速', down: false, average: false } },
    ],
    ['比上年下降', { subject: '', growth: { word: '下降', down: true, average: false } }],
    ['年均增长', { subject: '', growth: { word: '增长', down: false, average: true } }],
    ['登记失业率控制在', { subject: '登记失业率', verb: '控制在' }],
    ['城乡低保分别提标至', { subject: '城乡低保', verb: '分别提标至', pair: 'respectively' }],
    [
      '一般公共预算收入、社会消费品零售总额均增长',
      {
        subject: '一般公共预算收入、社会消费品零售总额',
        growth: { word: '增长', down: false, average: false },
        pair: 'each',
      },
    ],
  ])('%s', (pre, expected) => {
    expect(peel(pre)).toEqual(expected)
  })

  it('treats connective words as no subject', () => {
    expect(isEmptySubject('按可比价格计算')).toBe(true)
    expect(isEmptySubject('增速比1-8月')).toBe(true)
    expect(isEmptySubject('产量')).toBe(false)
  })
})

describe('splitSubjects', () => {
  it.each([
    ['城镇和农村居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    ['城镇、农村居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    ['一般公共预算收入和支出', 2, ['一般公共预算收入', '一般公共预算支出']],
    ['第一、二、三产业增加值', 3, ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
    ['城乡低保', 2, ['城镇低保', '农村低保']],
    ['地区生产总值、一般公共预算收入', 2, ['地区生产总值', '一般公共预算收入']],
  ])('%s', (subject, n, parts) => {
    expect(splitSubjects(subject, n)).toEqual(parts)
  })

  it('refuses a pairing that does not add up', () => {
    expect(splitSubjects('地区生产总值、一般公共预算收入', 3)).toBeUndefined()
  })
})
