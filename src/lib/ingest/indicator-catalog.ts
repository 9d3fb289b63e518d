// The indicators the pipeline recognises, with every way reports name them, and why two names are, or
// are not, the same concept. Ids match today's dataset where it has them (gdp, fixed-asset-investment,
// budget-revenue, industrial-output, industrial-value-added, retail-sales, rural-income).
//
// Growth basis. Chinese statistics publish output and value-added LEVELS at current prices and their
// GROWTH at comparable prices (按可比价格计算): GDP, the value added of industry and of the three
// sectors, and the gross output value of industry all grow in real terms, so their growth can never
// turn a level into another year's level. Budget revenue and expenditure, retail sales, fixed-asset
// investment, trade and incomes are reported at current prices: their growth is nominal.
// Prices and rates (CPI, unemployment, energy intensity) have no level to grow: basis 'none'.
//
// Matching takes the LONGEST synonym found in the subject words, so 人均地区生产总值 is per-capita GDP
// and not GDP, 规上工业增加值 is not the all-industry 工业增加值, and 单位地区生产总值能耗 is energy intensity.

export type Basis = 'real' | 'nominal' | 'none'

export type CatalogEntry = {
  id: string
  zh: string
  en: string
  basis: Basis
  levelKind: 'money' | 'percent' | 'mass' | 'other' // the unit kind of its level
  synonyms: RegExp[] // same concept, high confidence
  loose?: RegExp[] // usually this concept but ambiguous in some reports: medium-low confidence
}

export const CATALOG: readonly CatalogEntry[] = [
  {
    id: 'gdp',
    zh: '地区生产总值',
    en: 'Gross regional product (GDP)',
    basis: 'real',
    levelKind: 'money',
    // A county's or city's GDP is 地区生产总值; reports shorten it to 生产总值 or write GDP.
    synonyms: [/(?<!人均)地区生产总值/, /(?<!人均|地区)生产总值/, /(?<!人均)GDP/, /国内生产总值/],
    // 经济总量 "the size of the economy" means GDP when it carries an amount (经济总量突破200亿元).
    loose: [/经济总量/],
  },
  {
    id: 'gdp-per-capita',
    zh: '人均地区生产总值',
    en: 'GDP per capita',
    basis: 'real',
    levelKind: 'money',
    synonyms: [/人均地区生产总值/, /人均生产总值/, /人均GDP/],
  },
  // The three sectors' value added: parts of GDP, never GDP itself.
  {
    id: 'primary-value-added',
    zh: '第一产业增加值',
    en: 'Value added, primary sector',
    basis: 'real',
    levelKind: 'money',
    // A bare 第一产业 with a growth rate, in a GDP sentence, is the sector's value added.
    loose: [/^第一产业$/],
    synonyms: [/第一产业增加值/],
  },
  {
    id: 'secondary-value-added',
    zh: '第二产业增加值',
    en: 'Value added, secondary sector',
    basis: 'real',
    levelKind: 'money',
    // A bare 第二产业 with a growth rate, in a GDP sentence, is the sector's value added.
    loose: [/^第二产业$/],
    synonyms: [/第二产业增加值/],
  },
  {
    id: 'tertiary-value-added',
    zh: '第三产业增加值',
    en: 'Value added, tertiary sector',
    basis: 'real',
    levelKind: 'money',
    // A bare 第三产业 with a growth rate, in a GDP sentence, is the sector's value added.
    loose: [/^第三产业$/],
    synonyms: [/第三产业增加值/, /服务业增加值/],
  },
  {
    id: 'industrial-value-added',
    zh: '规模以上工业增加值',
    en: 'Value added of industry above designated size',
    basis: 'real',
    levelKind: 'money',
    // 规上 and 规模以上 are the same statistical scope (firms with ≥ 20 million yuan revenue).
    synonyms: [/规模以上工业(?:企业)?增加值/, /规上工业(?:企业)?增加值/, /规模工业增加值/],
  },
  {
    id: 'industry-value-added',
    zh: '工业增加值',
    en: 'Value added of all industry',
    basis: 'real',
    levelKind: 'money',
    // Without 规上 the figure covers all industry, small firms included: a different, larger series.
    // Some county reports drop 规上 loosely; the reviewer can merge, the pipeline does not guess.
    synonyms: [/(?<!规模以上|规上|规模)(?:全部)?工业增加值/],
  },
  {
    id: 'industrial-output',
    zh: '规模以上工业总产值',
    en: 'Gross output value of industry above designated size',
    basis: 'real', // the level is at current prices, its growth at comparable prices
    levelKind: 'money',
    synonyms: [/规模以上工业(?:企业)?总?产值/, /规上工业(?:企业)?总?产值/, /规模工业总产值/],
  },
  {
    id: 'fixed-asset-investment',
    zh: '固定资产投资',
    en: 'Fixed-asset investment',
    basis: 'nominal',
    levelKind: 'money',
    // 全社会固定资产投资 and the statistical scope 500万元以上固定资产投资 are the same series. Investment
    // of one branch (工业/民间/房地产开发/技改) is a part of it, and "项目完成投资" is a project total.
    synonyms: [/(?<!工业|农业|民间|技改|基础设施|房地产开发)固定资产投资/],
  },
  {
    id: 'budget-revenue',
    zh: '一般公共预算收入',
    en: 'General public budget revenue',
    basis: 'nominal',
    levelKind: 'money',
    // One concept under three names: the revenue a government keeps in its general budget.
    // 公共财政预算收入 was its name until the 2014 Budget Law; 地方 only says "local" (a county's
    // general budget revenue is always local); 一般预算收入 is the still older short form.
    synonyms: [
      /(?:地方)?一般公共预算收入/,
      /(?:地方)?公共财政预算收入/,
      /(?:地方)?(?:财政)?一般预算收入/,
      /(?:地方)?公共财政收入/,
    ],
  },
  {
    id: 'fiscal-revenue',
    zh: '财政总收入',
    en: 'Total fiscal revenue',
    basis: 'nominal',
    levelKind: 'money',
    // 财政总收入 (全口径) adds the taxes collected locally but remitted to higher levels (上划中央、省级
    // 收入): a larger, different figure. Bare 财政收入 is ambiguous (some reports mean budget revenue):
    // it goes here, at low confidence, never into budget-revenue.
    synonyms: [/财政总收入/, /全口径财政收入/],
    loose: [/(?<!预算|公共|一般)财政收入/],
  },
  {
    id: 'tax-revenue',
    zh: '税收收入',
    en: 'Tax revenue',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/税收收入/],
  },
  {
    id: 'budget-expenditure',
    zh: '一般公共预算支出',
    en: 'General public budget expenditure',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/(?:地方)?一般公共预算支出/, /(?:地方)?公共财政预算支出/, /公共财政支出/],
  },
  {
    id: 'retail-sales',
    zh: '社会消费品零售总额',
    en: 'Retail sales of consumer goods',
    basis: 'nominal',
    levelKind: 'money',
    // 限额以上 retail sales are the large retailers only: a part, not the total.
    synonyms: [/(?<!限额以上|限上)社会消费品零售(?:总)?额/, /(?<!限额以上|限上)社零(?:总)?额/],
  },
  {
    id: 'urban-income',
    zh: '城镇居民人均可支配收入',
    en: 'Per-capita disposable income of urban residents',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/城镇(?:常住)?居民人均可支配收入/, /城市居民人均可支配收入/],
  },
  {
    id: 'rural-income',
    zh: '农村居民人均可支配收入',
    en: 'Per-capita disposable income of rural residents',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/农村(?:常住)?居民人均可支配收入/, /农民人均可支配收入/],
  },
  {
    id: 'rural-net-income',
    zh: '农民人均纯收入',
    en: 'Per-capita net income of farmers',
    basis: 'nominal',
    levelKind: 'money',
    // The survey measure before the 2013 urban-rural household survey reform: net of production
    // costs, so not the same series as disposable income. Kept apart; a reviewer may chain the two.
    synonyms: [/农民人均纯收入/, /农村居民人均纯收入/],
  },
  {
    id: 'resident-income',
    zh: '居民人均可支配收入',
    en: 'Per-capita disposable income of all residents',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/(?<!城镇|农村|城市|常住)(?:全体|全县|全市)?居民人均可支配收入/],
  },
  {
    id: 'foreign-trade',
    zh: '进出口总额',
    en: 'Imports and exports',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/(?:外贸)?进出口总(?:额|值)/, /外贸进出口/],
  },
  {
    id: 'utilised-fdi',
    zh: '实际利用外资',
    en: 'Foreign direct investment utilised',
    basis: 'nominal',
    levelKind: 'money',
    synonyms: [/实际(?:利用|使用)外资/],
  },
  {
    id: 'cpi',
    zh: '居民消费价格',
    en: 'Consumer prices (CPI)',
    basis: 'none',
    levelKind: 'percent',
    synonyms: [/居民消费价格(?:总水平|指数)?/, /CPI/],
  },
  {
    id: 'surveyed-unemployment-rate',
    zh: '城镇调查失业率',
    en: 'Surveyed urban unemployment rate',
    basis: 'none',
    levelKind: 'percent',
    synonyms: [/(?:城镇)?调查失业率/],
  },
  {
    id: 'registered-unemployment-rate',
    zh: '城镇登记失业率',
    en: 'Registered urban unemployment rate',
    basis: 'none',
    levelKind: 'percent',
    // Registered and surveyed unemployment are different surveys with different levels.
    synonyms: [/(?:城镇)?登记失业率/],
  },
  {
    id: 'energy-intensity',
    zh: '单位地区生产总值能耗',
    en: 'Energy use per unit of GDP',
    basis: 'none',
    levelKind: 'other',
    synonyms: [/单位(?:地区)?(?:生产总值|GDP)能耗/, /万元(?:地区)?(?:生产总值|GDP)能耗/],
  },
  {
    id: 'grain-output',
    zh: '粮食总产量',
    en: 'Grain output',
    basis: 'none',
    levelKind: 'mass',
    synonyms: [/粮食(?:总)?产量/],
  },
]

export function catalogEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.id === id)
}
