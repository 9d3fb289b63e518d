#!/usr/bin/env python3
"""Build public/data/chaoyang-2023/report.json from the facts declared below.

Every quote is checked to be a verbatim substring of report.txt, and every stated number is checked
to appear in its quote in the report's unit, before anything is written. Run from the repo root:
    python3 scripts/dataset/build_chaoyang_2023.py && npx biome check --write public/data
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / 'public' / 'data'
TEXT = (DATA / 'chaoyang-2023' / 'report.txt').read_text(encoding='utf8')

# zh suffix of each unit, as in src/lib/format/units.ts
UNIT_ZH = {
    '亿元': '亿元', '万元': '万元', '元': '元', '%': '%', '百分点': '个百分点', '个': '个', '家': '家', '户': '户',
    '户企业': '户', '户主体': '户', '万户': '万户', '项': '项', '处': '处', '人': '人', '万人': '万人', '所': '所',
    '栋': '栋', '场': '场', '起': '起', '件': '件', '次': '次', '万剂次': '万剂次', '万亩': '万亩', '亩': '亩',
    '公顷': '公顷', '万平方米': '万平方米', '平方米': '平方米', '公里': '公里', '亿斤': '亿斤', '万吨': '万吨',
    '兆瓦': '兆瓦',
    # Same written unit, different English word (issue 16): 家 counts scenic sites, alliances and mines here,
    # not only firms; 栋 counts greenhouses; property 户 are registrations, not households.
    '家景区': '家', '家联盟': '家', '家矿山': '家', '栋温室': '栋', '户登记': '户',
}

errors = []


def Q(s):
    """A quote: must be verbatim in the text."""
    if s not in TEXT:
        errors.append(f'quote not in text: {s!r}')
    return s


def unit_pattern(unit, qualifier):
    zh = UNIT_ZH[unit]
    if qualifier == 'over':
        m = re.match(r'^[万亿]', zh)
        mult = m.group(0) if m else ''
        return re.escape(mult) + '余' + re.escape(zh[len(mult):])
    tail = {'at-least': '以上', 'at-most': '以内'}.get(qualifier, '')
    return re.escape(zh) + tail


def check_number(written, unit, qualifier, quote, where):
    pat = r'(?<![\d.])' + re.escape(written) + r' ?' + unit_pattern(unit, qualifier)
    if not re.search(pat, quote):
        errors.append(f'{where}: {written}{UNIT_ZH[unit]} ({qualifier}) not in its quote {quote!r}')


# Labels are written here, so they follow Chinese typography: a half-width , ; : after a Chinese character
# becomes full-width ， ； ：(as government documents write them). Quotes (Q) are never touched: they keep the
# report's own half-width punctuation verbatim.
ZH_PUNCT = {',': '，', ';': '；', ':': '：'}


CJK = r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]'


def zh_typography(text):
    # Beside a Chinese character or Chinese punctuation on either side; "1,552" and "5G, 4G" stay as they are.
    return re.sub(r'(?<=' + CJK + r')[,;:]|[,;:](?=' + CJK + r')', lambda m: ZH_PUNCT[m.group(0)], text)


def L(zh, en):
    return {'zh': zh_typography(zh), 'en': en}


CN_ORDINAL = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十'}


def rank(position, zh, en, quote):
    """A ranking the report claims for a figure (位居全省各县第一): checkable, so recorded with its own quote."""
    if f'第{CN_ORDINAL[position]}' not in Q(quote):
        errors.append(f'rank 第{CN_ORDINAL[position]} not in its quote {quote!r}')
    return {'position': position, 'scope': L(zh, en), 'quote': quote}


def fact(id, zh, en, written, unit, quote, *, period='2022', qualifier=None, estimated=None, section, topic=None,
         area=None, rank=None, measure=None):
    value = float(written) if '.' in written else int(written)
    check_number(written, unit, qualifier, Q(quote), id)
    f = {'id': id, 'label': L(zh, en), 'value': value, 'unit': unit}
    if qualifier:
        f['qualifier'] = qualifier
    f['period'] = period
    if estimated is not None:
        f['estimated'] = estimated
    f['sectionId'] = section
    if topic:
        f['topicId'] = topic
    f['quote'] = quote
    if rank:
        f['rank'] = rank
    if measure:
        f['measure'] = measure
    if area:
        f['areaId'] = area
    return f


# ---------------------------------------------------------------- sections and topics
def topic(id, zh, en, heading):
    return {'id': id, 'title': L(zh, en), 'heading': Q(heading)}


def section(id, part, ordinal, zh, en, heading, topics=()):
    s = {'id': id, 'part': part}
    if ordinal:
        s['ordinal'] = ordinal
    s.update({'title': L(zh, en), 'heading': Q(heading), 'topics': list(topics)})
    return s


sections = [
    section('opening', 'opening', None, '报告开头与工作回顾综述', 'Opening and overview of the 2022 review',
            '朝阳县2023年政府工作报告'),
    section('review-1', 'review', 1, '狠抓经济运行,综合实力稳步提升', 'Economic performance and overall strength',
            '(一)狠抓经济运行,综合实力稳步提升。'),
    section('review-2', 'review', 2, '狠抓项目建设,发展动能加速集聚', 'Project construction and growth momentum',
            '(二)狠抓项目建设,发展动能加速集聚。', [
                topic('topic-investment-attraction', '招商引资扎实推进', 'Investment attraction', '招商引资扎实推进。'),
                topic('topic-project-construction', '项目建设成效明显', 'Project construction', '项目建设成效明显。'),
                topic('topic-parks', '园区承载力全面提升', 'Industrial parks', '园区承载力全面提升。'),
            ]),
    section('review-3', 'review', 3, '狠抓结构调整,产业基础更加坚实', 'Structural adjustment and the industrial base',
            '(三)狠抓结构调整,产业基础更加坚实。', [
                topic('topic-agriculture', '农业基础不断稳固', 'Agriculture', '农业基础不断稳固。'),
                topic('topic-industry', '工业布局更加优化', 'Industry', '工业布局更加优化。'),
                topic('topic-services', '服务业潜力平稳释放', 'Services', '服务业潜力平稳释放。'),
                topic('topic-digital', '数字经济增势强劲', 'Digital economy', '数字经济增势强劲。'),
            ]),
    section('review-4', 'review', 4, '狠抓城乡建设,环境质量持续提升', 'Urban and rural construction and the environment',
            '(四)狠抓城乡建设,环境质量持续提升。', [
                topic('topic-urban', '城市建管不断增强', 'Urban construction and management', '城市建管不断增强。'),
                topic('topic-rural-environment', '农村环境显著改善', 'Rural living environment', '农村环境显著改善。'),
                topic('topic-ecology', '生态环境持续向好', 'Ecology and environment', '生态环境持续向好。'),
            ]),
    section('review-5', 'review', 5, '狠抓改革创新,发展活力不断增强', 'Reform and innovation',
            '(五)狠抓改革创新,发展活力不断增强。', [
                topic('topic-business-environment', '营商环境持续优化', 'Business environment', '营商环境持续优化。'),
                topic('topic-reform', '重点改革稳步实施', 'Key reforms', '重点改革稳步实施。'),
                topic('topic-innovation', '科技创新实现突破', 'Science and technology innovation', '科技创新实现突破。'),
            ]),
    section('review-6', 'review', 6, '狠抓民生改善,社会事业繁荣发展', "People's livelihood and social services",
            '(六)狠抓民生改善,社会事业繁荣发展。', [
                topic('topic-epidemic', '疫情防控有力有效', 'Epidemic prevention and control', '疫情防控有力有效。'),
                topic('topic-poverty', '脱贫攻坚成果持续巩固', 'Consolidating poverty-alleviation gains',
                      '脱贫攻坚成果持续巩固。'),
                topic('topic-livelihood', '民生福祉稳步提升', "People's well-being", '民生福祉稳步提升。'),
                topic('topic-social-services', '社会事业全面进步', 'Social services (education, health, culture)',
                      '社会事业全面进步。'),
            ]),
    section('review-7', 'review', 7, '狠抓风险防控,社会大局和谐稳定', 'Risk prevention and social stability',
            '(七)狠抓风险防控,社会大局和谐稳定。'),
    section('review-8', 'review', 8, '狠抓自身建设,工作效能全面提升', "The government's own conduct and efficiency",
            '(八)狠抓自身建设,工作效能全面提升。'),
    section('review-other', 'review', None, '其他工作', 'Other work', '此外,国防动员、双拥、退役军人'),
    section('review-closing', 'review', None, '回顾小结与致谢', 'Review summary and thanks',
            '各位代表!一年来,我们面临“四期叠加”的严峻挑战'),
    section('problems', 'problems', None, '存在的困难和问题', 'Difficulties and problems',
            '在肯定成绩的同时,我们也清醒的认识到存在的困难和问题'),
    section('plan', 'plan', None, '2023年工作安排', 'Work plan for 2023', '2023年工作安排', [
        topic('topic-plan-requirements', '总体要求', 'General requirements', '2023年政府工作总体要求是'),
        topic('topic-plan-targets', '主要预期目标', 'Main expected targets', '主要预期目标是'),
        topic('topic-plan-task-1', '聚焦稳定经济运行,全力巩固高质量发展态势',
              'Task 1: stabilise the economy and consolidate high-quality development',
              '(一)聚焦稳定经济运行,全力巩固高质量发展态势。'),
        topic('topic-plan-project-service', '切实做优项目服务', 'Better services for projects', '切实做优项目服务。'),
        topic('topic-plan-market-entities', '全力稳住市场主体', 'Keep market entities stable', '全力稳住市场主体。'),
        topic('topic-plan-economic-dispatch', '狠抓经济运行调度', 'Closer monitoring and coordination of the economy',
              '狠抓经济运行调度。'),
        topic('topic-plan-task-2', '聚焦项目引育建设,全力培育高质量发展动能',
              'Task 2: attract, grow and build projects for high-quality development momentum',
              '(二)聚焦项目引育建设,全力培育高质量发展动能。'),
    ]),
]

# ---------------------------------------------------------------- areas
def area(id, zh, en, sec, topics, szh, sen):
    return {'id': id, 'label': L(zh, en), 'sectionId': sec, 'topicIds': topics, 'summary': L(szh, sen)}


areas = [
    area('economy', '综合实力', 'Overall economy', 'review-1', [],
         '七项主要经济指标的2022年预计完成情况。', 'Estimated 2022 results of the seven headline economic indicators.'),
    area('investment-attraction', '招商引资', 'Investment attraction', 'review-2', ['topic-investment-attraction'],
         '招商活动、签约落地项目、省外到位资金和引进的重点项目。',
         'Promotion events, signed and landed projects, out-of-province funds and the main projects brought in.'),
    area('project-construction', '项目建设', 'Project construction', 'review-2', ['topic-project-construction'],
         '开复工项目及其进度、向上争取项目和资金。',
         'Projects under construction and their progress, projects and funds secured from higher levels.'),
    area('parks', '园区建设', 'Industrial parks', 'review-2', ['topic-parks'],
         '开发区、化工园区和农产品加工集聚区的基础设施与入驻企业。',
         'Infrastructure and tenant firms of the development zone, chemical park and agri-processing cluster.'),
    area('agriculture', '农业', 'Agriculture', 'review-3', ['topic-agriculture'],
         '粮食生产、农田水利、畜牧和农业产业化。',
         'Grain output, farmland and irrigation, livestock and agricultural industrialisation.'),
    area('industry', '工业', 'Industry', 'review-3', ['topic-industry'],
         '企业升规、重点产业项目、矿业和清洁能源。',
         'Firms moving up in size, key industrial projects, mining and clean energy.'),
    area('services', '服务业', 'Services and tourism', 'review-3', ['topic-services'],
         '商贸流通、电子商务和文化旅游。', 'Trade and retail, e-commerce, culture and tourism.'),
    area('digital-economy', '数字经济', 'Digital economy', 'review-3', ['topic-digital'],
         '企业数字化改造、数字农业、数字政府和5G基站。',
         'Digital upgrading of firms, digital agriculture, digital government and 5G base stations.'),
    area('urban-construction', '城市建设', 'Urban construction', 'review-4', ['topic-urban'],
         '城市道路管网、公园绿化、房地产和城市管理。',
         'Urban roads and utility networks, parks and greening, real estate and city management.'),
    area('rural-environment', '农村人居环境', 'Rural living environment', 'review-4', ['topic-rural-environment'],
         '垃圾治理、改厕、农村公路和示范村建设。',
         'Waste clean-up, toilet upgrades, rural roads and model villages.'),
    area('ecology', '生态环境', 'Ecology and environment', 'review-4', ['topic-ecology'],
         '空气、水和土壤质量,造林绿化与矿山治理。',
         'Air, water and soil quality, afforestation and mine restoration.'),
    area('business-environment', '营商环境', 'Business environment', 'review-5', ['topic-business-environment'],
         '政务服务、惠企政策、企业融资和市场主体。',
         'Government services, support policies for firms, business finance and market entities.'),
    area('reform', '重点改革', 'Key reforms', 'review-5', ['topic-reform'],
         '财政、行政、国资国企、教育医疗和开发区等改革。',
         'Reforms of public finance, administration, state assets, education, health care and the zone.'),
    area('innovation', '科技创新', 'Science and technology innovation', 'review-5', ['topic-innovation'],
         '产学研合作、科技成果转化、中试基地和科技型企业。',
         'University-industry cooperation, technology transfer, pilot bases and technology firms.'),
    area('epidemic-control', '疫情防控', 'Epidemic control', 'review-6', ['topic-epidemic'],
         '新冠疫情防控和疫苗接种。', 'COVID-19 prevention and control and vaccination.'),
    area('poverty-gains', '巩固脱贫成果', 'Poverty-alleviation gains', 'review-6', ['topic-poverty'],
         '防返贫监测、产业帮扶、危房改造、饮水安全和助学助贷。',
         'Monitoring against relapse into poverty, industry support, housing, drinking water, loans and student aid.'),
    area('livelihood', '民生保障', "People's livelihood", 'review-6', ['topic-livelihood'],
         '民生支出、就业、欠薪治理、不动产登记和低保标准。',
         'Livelihood spending, jobs, wage arrears, property registration and subsistence-allowance standards.'),
    area('social-services', '社会事业', 'Social services', 'review-6', ['topic-social-services'],
         '教育、医疗卫生、医保和文化惠民。', 'Education, health care, medical insurance and culture.'),
    area('risk-control', '风险防控', 'Risk control and public security', 'review-7', [],
         '金融化险、安全生产、扫黑除恶、信访和维稳。',
         'Financial risk, work safety, organised crime, petitions and security.'),
    area('government', '政府自身建设', "The government's own conduct", 'review-8', [],
         '党建、作风、整改、建议提案办理和法治政府。',
         'Party building, work style, rectification, handling of deputies\' proposals and rule of law.'),
]

# ---------------------------------------------------------------- indicators
R1 = 'review-1'
PT = dict(section='plan', topic='topic-plan-targets', period='2023')


def indicator(id, zh, en, basis, actual, growth, target):
    ind = {'id': id, 'label': L(zh, en), 'basis': basis}
    if actual:
        ind['actual'] = actual
    ind['growth'] = growth
    ind['target'] = target
    return ind


def ind_facts(key, zh, en, level, unit, growth, quote, target, tquote, verb='增长'):
    actual = fact(f'{key}-2022', zh, en, level, unit, quote, estimated=True, section=R1) if level else None
    g = fact(f'{key}-growth-2022', f'{zh}{verb}', f'{en}, growth', growth, '%', quote, estimated=True, section=R1)
    t = fact(f'{key}-target-2023', f'{zh}{verb}目标', f'{en}, growth target', target, '%', tquote, **PT)
    return actual, g, t


indicators = [
    # A county's 地区生产总值 is its gross regional product, not a country's GDP (issue 16).
    indicator('gdp', '地区生产总值', 'Gross regional product (GRP)', 'real',
              *ind_facts('gdp', '地区生产总值', 'GRP', '113.6', '亿元', '5', '预计全年完成地区生产总值113.6亿元,增长5%',
                         '8', '地区生产总值增长8%')),
    indicator('fixed-asset-investment', '固定资产投资', 'Fixed-asset investment', 'nominal',
              *ind_facts('fai', '固定资产投资', 'Fixed-asset investment', '54', '亿元', '3.3', '固定资产投资54亿元,增长3.3%',
                         '12', '固定资产投资增长12%')),
    indicator('budget-revenue', '一般公共预算收入', 'General public budget revenue', 'nominal',
              *ind_facts('revenue', '一般公共预算收入', 'General public budget revenue', '7.66', '亿元', '0.4',
                         '一般公共预算收入7.66亿元,增长0.4%', '10', '一般公共预算收入增长10%')),
    # DECISION (issue 16): real, not nominal. Chinese statistics publish the output-value level at current prices
    # and its growth at comparable prices; the report does not say otherwise. So no implied 2023 level is derived
    # from it (the 67.76亿元 once derived here is gone). Were the basis truly unknown, 'unstated' would forbid a
    # level just the same.
    indicator('industrial-output', '规上工业总产值', 'Gross output value of industry above designated size', 'real',
              *ind_facts('industrial-output', '规上工业总产值', 'Above-scale industrial output value', '60.5', '亿元', '13',
                         '规上工业总产值60.5亿元,增长13%', '12', '规上工业总产值增长12 %')),
    indicator('industrial-value-added', '规上工业增加值', 'Value added of industry above designated size', 'real',
              *ind_facts('industrial-va', '规上工业增加值', 'Above-scale industrial value added', None, '亿元', '3',
                         '规上工业增加值增速3%', '8', '规上工业增加值增速8%', verb='增速')),
    indicator('retail-sales', '社会消费品零售总额', 'Total retail sales of consumer goods', 'nominal',
              *ind_facts('retail', '社会消费品零售总额', 'Retail sales of consumer goods', '32.2', '亿元', '3',
                         '社会消费品零售总额32.2亿元,增长3%', '10', '社会消费品零售总额增长10%')),
    indicator('rural-income', '农村居民人均可支配收入', 'Per-capita disposable income of rural residents', 'nominal',
              *ind_facts('rural-income', '农村居民人均可支配收入', 'Rural per-capita disposable income', '17357', '元',
                         '5.8', '农村居民人均可支配收入17357元,增长5.8%', '8', '农村居民人均可支配收入增长8%')),
]
# The seven 2022 figures share one 预计 ("estimated") sentence.

# ---------------------------------------------------------------- metrics
metrics = []


def M(area, section, topic, rows):
    for row in rows:
        id, zh, en, written, unit, quote, *rest = row
        opts = rest[0] if rest else {}
        metrics.append(fact(id, zh, en, written, unit, quote, section=section, topic=topic, area=area, **opts))


OVER, ATL, ATM, TD = {'qualifier': 'over'}, {'qualifier': 'at-least'}, {'qualifier': 'at-most'}, {'period': 'to-date'}
# 'measure' names what a figure measures where two figures of one sentence measure the same thing (rural roads
# and village roads built, urban and rural allowance standards). Only such like-for-like figures are charted side
# by side; sharing a unit is not enough (high-standard farmland and greenhouse farming are both 亩, issue 16).

M('investment-attraction', 'review-2', 'topic-investment-attraction', [
    ('investment-promotion-events', '招商引资活动', 'Investment promotion events', '200', '次',
     '开展“走出去、请进来”“云洽谈、云签约”等活动200余次', OVER),
    ('out-of-province-funds', '省外到位资金', 'Funds from outside the province put in place', '49.4', '亿元',
     '省外到位资金49.4亿元'),
])
M('project-construction', 'review-2', 'topic-project-construction', [
    # One project's capacity, from its name, for the year it went into production: period 2022, not a to-date
    # stock, so it never reads as a county total beside the 1,552 MW stock (issue 16).
    # Its quote is the project's name alone, not the whole sentence: the sentence also names 华祥新材料, and a
    # figure relates to a project whose name its quote holds (src/features/projects/model/related.ts).
    ('jingao-pv-capacity', '晶澳光伏项目装机规模(见于项目名称)', 'JA Solar PV project: capacity (as in its name)',
     '300', '兆瓦', '晶澳300兆瓦光伏'),
    ('projects-in-provincial-library', '纳入省级以上项目库的项目', 'Projects entered in provincial or higher project libraries',
     '32', '个', '32个项目纳入省级以上项目库'),
    ('funds-secured-from-above', '向上争取到位资金', 'Funds secured from higher levels of government', '36.5', '亿元',
     '争取到位资金36.5亿元'),
])
M('parks', 'review-2', 'topic-parks', [
    ('zone-new-roads', '开发区新建道路', 'New roads in the development zone', '6.5', '公里', '开发区新建道路6.5公里'),
    ('zone-pipelines', '开发区铺设各类管网', 'Utility pipelines laid in the development zone', '18', '公里', '铺设各类管网18公里'),
    ('zone-power-lines', '开发区架设配电线路', 'Power distribution lines built in the development zone', '20', '公里',
     '架设配电线路20公里'),
    ('zone-greening', '开发区新增绿化', 'New green space in the development zone', '3', '万平方米', '新增绿化3万平方米'),
    ('agri-cluster-power-lines', '农产品加工集聚区新建配电线路', 'New power lines in the agri-processing cluster', '3', '公里',
     '农产品加工集聚区新建配电线路3公里'),
    ('agri-cluster-water-pipes', '农产品加工集聚区铺设供水管线', 'Water supply pipes laid in the agri-processing cluster', '2',
     '公里', '铺设供水管线2公里'),
    ('land-plan-adjustment', '完成土地调规', 'Land-use plan adjustments completed', '80', '公顷', '完成土地调规80公顷'),
    # The sentence follows the agri-processing cluster's: its tenants, not a whole park's (issue 16).
    ('park-tenant-firms', '农产品加工集聚区入驻企业', 'Tenant firms in the agri-products processing cluster', '8', '家',
     '入驻企业达到8家', TD),
])
M('agriculture', 'review-3', 'topic-agriculture', [
    ('grain-area', '粮食播种面积', 'Grain sown area', '129', '万亩', '粮食播种面积129万亩,产量10.63亿斤'),
    ('grain-output', '粮食产量', 'Grain output', '10.63', '亿斤', '粮食播种面积129万亩,产量10.63亿斤'),
    ('high-standard-farmland', '新增高标准农田', 'New high-standard farmland', '3.5', '万亩', '新增高标准农田3.5万亩、设施农业4396亩'),
    ('facility-agriculture', '新增设施农业', 'New protected (facility) agriculture', '4396', '亩',
     '新增高标准农田3.5万亩、设施农业4396亩'),
    ('irrigation-wells', '新建和维修灌溉井', 'Irrigation wells built or repaired', '534', '处', '新建和维修灌溉井534处'),
    ('livestock-zones', '标准化畜牧小区', 'Standardised livestock-farming zones built', '22', '个', '建设标准化畜牧小区22个'),
    ('agri-processing-projects', '农产品深加工项目', 'Agricultural deep-processing projects', '17', '个', '实施农产品深加工项目17个'),
    ('leading-firms-provincial', '省级产业化龙头企业', 'Provincial-level leading agribusinesses fostered', '4', '家',
     '培育产业化龙头企业省级4家、市级6家'),
    ('leading-firms-municipal', '市级产业化龙头企业', 'Municipal-level leading agribusinesses fostered', '6', '家',
     '培育产业化龙头企业省级4家、市级6家'),
])
M('industry', 'review-3', 'topic-industry', [
    ('firms-small-to-above-scale', '小升规企业', 'Small firms upgraded to above designated size', '8', '户企业',
     '完成小升规8户、规升巨4户'),
    ('firms-above-scale-to-large', '规升巨企业', 'Above-scale firms upgraded to large enterprises', '4', '户企业',
     '完成小升规8户、规升巨4户'),
    ('key-industrial-projects', '重点产业项目', 'Key industrial projects under way', '66', '个', '实施重点产业项目66个'),
    ('clean-energy-capacity', '清洁能源总装机容量', 'Total installed clean-energy capacity', '1552', '兆瓦',
     '清洁能源总装机容量达1552兆瓦,位居全省各县第一', TD | {'rank': rank(1, '全省各县', 'counties of Liaoning Province',
                                                              '位居全省各县第一')}),
    # Not a stage of the 2022 pipeline: a category of the industry section (issue 16). Its examples keep their
    # own records (华祥新材料 is 投产达效 in the pipeline's sentence; 百盛金山钛材 advances).
    ('industry-base-projects', '快速推进的省万亿级产业基地项目', 'Provincial trillion-yuan industry-base projects advancing rapidly',
     '6', '个', '华祥新材料、百盛金山钛材等6个省万亿级产业基地项目快速推进'),
])
M('services', 'review-3', 'topic-services', [
    ('new-above-quota-firms', '新增限上企业', 'New trade firms above the designated size', '2', '家', '新增限上企业2家'),
    ('ecommerce-firms', '引育电商企业', 'E-commerce firms attracted or fostered', '15', '家', '引育电商企业15家'),
    ('village-ecommerce-stations', '村镇电商服务站', 'Village and township e-commerce service stations built', '471', '个',
     '建成村镇电商服务站471个,年交易额达1.3亿元'),
    # The turnover of the 471 service stations of the same sentence, not of all e-commerce (issue 16).
    ('ecommerce-turnover', '村镇电商服务站年交易额', 'Annual turnover of the village and township e-commerce service stations',
     '1.3', '亿元',
     '建成村镇电商服务站471个,年交易额达1.3亿元'),
    ('scenic-sites-3a', '3A级以上景区', 'Scenic sites rated 3A or above', '8', '家景区', '全县3A级以上景区达到8家', TD),
])
M('digital-economy', 'review-3', 'topic-digital', [
    ('platform-firms', '纳入数字一体化平台管理的企业', 'Firms on the integrated digital management platform', '23', '家',
     '23家企业纳入数字一体化平台管理'),
    ('firms-digitally-upgraded', '完成数字化改造的规上企业', 'Above-scale firms that completed digital upgrading', '15', '家',
     '完成华祥新材料、华锆新材料、格兰生态等15家规上企业数字化改造'),
    ('new-digital-firms', '新建数字化企业', 'New digitalised enterprises', '2', '家', '同步新建绿谷农业、华兴惠民2家数字化企业'),
    ('morel-greenhouses', '羊肚菌数字智能日光温室', 'Digital smart solar greenhouses for morels', '160', '栋温室',
     '建设羊肚菌数字智能日光温室160栋'),
    ('new-5g-base-stations', '新建开通5G基站', 'New 5G base stations opened', '133', '个', '新建开通5G基站133个'),
])
M('urban-construction', 'review-4', 'topic-urban', [
    ('urban-roads', '新改建城市道路', 'Urban roads built or rebuilt', '5.2', '公里', '新改建城市道路5.2公里'),
    ('urban-pipelines', '铺设各类城市管网', 'Urban utility networks laid (telecom, power, drainage)', '6', '公里',
     '铺设通讯、电力、排水等各类管网6公里'),
    ('pocket-parks', '口袋公园', 'Pocket parks built', '3', '处', '建成口袋公园3处'),
    ('urban-greening', '城市新增绿化', 'New urban green space', '1.7', '万平方米', '新增绿化1.7万平方米'),
    ('property-sales-area', '房地产销售面积', 'Real-estate floor area sold', '3', '万平方米', '房地产销售面积3万平方米'),
    ('property-management-coverage', '居民小区物业覆盖率', 'Residential compounds with property management', '100', '%',
     '居民小区物业覆盖率100%', TD),
])
M('rural-environment', 'review-4', 'topic-rural-environment', [
    ('garbage-removed', '累计清运垃圾', 'Refuse removed (cumulative)', '7.3', '万吨', '累计清运垃圾7.3万吨'),
    # 三堆: piles of straw and firewood, of manure, and of rubbish.
    ('three-piles-cleared', '清理“三堆”', 'Straw and firewood, manure and rubbish piles (“three piles”) cleared', '6800', '处',
     '清理“三堆”6800余处', OVER),
    ('illegal-structures-demolished', '拆违', 'Illegal structures demolished', '6.4', '万平方米', '拆违6.4万平方米'),
    ('toilets-upgraded', '完成改厕', 'Rural toilets upgraded', '734', '个', '完成改厕734个'),
    ('rural-roads', '新改建农村公路', 'Rural roads built or rebuilt', '187.7', '公里', '新改建农村公路187.7公里',
     {'measure': 'rural-roads-built'}),
    ('village-roads', '新建“一事一议”村内道路', 'New village roads (case-by-case funding scheme)', '160', '公里',
     '新建“一事一议”村内道路160公里', {'measure': 'rural-roads-built'}),
    ('model-villages', '生态宜居示范乡村', 'Model villages for an ecological, liveable rural environment', '40', '个',
     '建设农村人居环境生态宜居示范乡村40个'),
    ('provincial-beautiful-villages', '省级美丽宜居村', 'Provincial beautiful and liveable villages', '13', '个',
     '省级美丽宜居村13个'),
])
M('ecology', 'review-4', 'topic-ecology', [
    ('good-air-days', '空气优良天数比例', 'Share of days with good air quality', '88', '%', '空气优良天数88%以上', ATL),
    ('soil-safe-use-rate', '土壤安全利用率', 'Safe utilisation rate of soil', '100', '%', '土壤安全利用率100%'),
    ('afforestation', '造林绿化', 'Afforestation', '11', '万亩', '造林绿化11万亩'),
    ('mine-restoration', '矿山恢复治理', 'Mine land restored', '821', '亩', '矿山恢复治理821亩'),
    ('green-mines', '市级绿色矿山', 'Municipal-level green mines created', '3', '家矿山', '创建市级绿色矿山3家'),
])
M('business-environment', 'review-5', 'topic-business-environment', [
    ('one-door-window-network-rate', '“一门”进驻、“一窗”受理、“一网”可办率',
     'Services under one roof, at one window and online (each)', '100', '%',
     '“一门”进驻、“一窗”受理、“一网”可办率均达100%', TD),
    ('auto-benefit-firms', '新纳入“免申即享”企业', 'Firms newly added to no-application benefits', '258', '家',
     '新纳入“免申即享”企业258家'),
    ('sme-loans', '中小微企业贷款', 'Loans to small, medium and micro firms', '11.5', '亿元', '办理中小微企业贷款11.5亿元'),
    ('vat-credit-refunds', '留抵退税', 'VAT credit refunds', '3.16', '亿元', '完成留抵退税3.16亿元,335户企业受益'),
    ('vat-refund-firms', '留抵退税受益企业', 'Firms benefiting from VAT credit refunds', '335', '户企业',
     '完成留抵退税3.16亿元,335户企业受益'),
    ('new-market-entities', '新增市场主体', 'New market entities', '2650', '户主体', '新增市场主体2650户'),
])
M('innovation', 'review-5', 'topic-innovation', [
    ('research-alliances', '产学研联盟', 'Industry-university-research alliances formed', '15', '家联盟', '构建产学研联盟15家'),
    ('tech-results-transferred', '转化科技成果', 'Research results commercialised', '25', '项', '转化科技成果25项'),
    ('open-competition-projects', '“揭榜挂帅”项目', 'Open-competition (“jiebang guashuai”) research projects', '12', '个',
     '“揭榜挂帅”项目12个'),
    ('tech-smes', '新增科技型中小企业', 'New technology-based SMEs', '30', '家', '新增科技型中小企业30家'),
    ('high-tech-firms', '新增高新技术企业', 'New high-tech enterprises', '8', '家', '高新技术企业8家'),
    ('eaglet-gazelle-firms', '雏鹰、瞪羚企业', '“Eaglet” and “gazelle” growth firms fostered', '5', '家', '培育雏鹰、瞪羚企业5家'),
    ('talent-attracted', '柔性引进人才', 'Talent engaged on flexible terms', '169', '人', '柔性引进人才169人'),
])
M('epidemic-control', 'review-6', 'topic-epidemic', [
    ('vaccine-doses', '疫苗接种', 'Vaccine doses administered', '21.5', '万剂次', '完成疫苗接种21.5万剂次'),
])
M('poverty-gains', 'review-6', 'topic-poverty', [
    ('poverty-industry-projects', '各类产业项目', 'Industry projects for people lifted out of poverty', '88', '个',
     '实施各类产业项目88个,惠及1.6万余户脱贫群众'),
    ('poverty-households-benefited', '惠及脱贫群众', 'Households lifted out of poverty that benefited', '1.6', '万户',
     '实施各类产业项目88个,惠及1.6万余户脱贫群众', OVER),
    ('village-pv-stations', '新建村级光伏电站', 'New village-level photovoltaic stations', '36', '处', '新建村级光伏电站36处'),
    ('dilapidated-houses-renovated', '危房改造', 'Dilapidated houses renovated', '626', '户', '完成危房改造626户'),
    ('drinking-water-projects', '安全饮水工程', 'Safe drinking-water projects', '17', '处', '实施安全饮水工程17处'),
    ('registered-household-microloans', '建档立卡户小额贷款', 'Microloans to registered poor households', '882', '万元',
     '发放建档立卡户小额贷款882万元'),
    ('student-aid', '“雨露计划”等助学资金', 'Student aid (“Rain and Dew” programme and others)', '167.7', '万元',
     '“雨露计划”等助学资金167.7万元'),
])
M('livelihood', 'review-6', 'topic-livelihood', [
    ('livelihood-spending-share', '民生支出占预算支出比重', 'Livelihood spending as a share of budget spending', '80', '%',
     '民生支出占预算支出80%以上', ATL),
    ('new-urban-jobs', '新增城镇实名制就业', 'New urban jobs (real-name registered)', '2200', '人', '新增城镇实名制就业2200人'),
    ('registered-unemployment-rate', '登记失业率', 'Registered unemployment rate', '3.6', '%', '登记失业率控制在3.6%以内', ATM),
    ('rural-labour-transfer', '农村劳动力转移就业', 'Rural workers moved into off-farm work', '6.2', '万人', '农村劳动力转移就业6.2万人'),
    ('accessibility-renovations', '残疾人家庭无障碍改造', 'Accessibility renovations for households with disabled members',
     '380', '户', '实施残疾人家庭无障碍改造380余户', OVER),
    ('wage-arrears-recovered', '解决农民工欠薪', 'Unpaid wages of migrant workers recovered', '2900', '万元',
     '解决农民工欠薪2900万元'),
    ('property-registrations', '办理不动产登记', 'Real-estate registrations handled', '12165', '户登记', '办理不动产登记12165户'),
    ('dibao-urban', '城市低保标准', 'Urban subsistence allowance standard (raised to)', '8100', '元',
     '城乡低保分别提标至8100元和6240元', {'measure': 'dibao-standard'}),
    ('dibao-rural', '农村低保标准', 'Rural subsistence allowance standard (raised to)', '6240', '元',
     '城乡低保分别提标至8100元和6240元', {'measure': 'dibao-standard'}),
])
M('social-services', 'review-6', 'topic-social-services', [
    ('village-schools-merged', '整合“村小”', 'Village primary schools merged', '12', '所', '整合“村小”12所'),
    ('undergraduate-rate-gain', '本科进线率增长', 'Rise in the rate of students reaching the university cut-off', '4.1',
     '百分点', '全县本科进线率增长4.1个百分点'),
    ('township-clinics', '新建乡镇标准化卫生院', 'New standardised township health centres', '2', '所', '新建乡镇标准化卫生院2所'),
    ('rural-opera-shows', '送戏下乡', 'Opera performances taken to the countryside', '150', '场', '送戏下乡150余场', OVER),
])
M('risk-control', 'review-7', None, [
    ('rural-credit-npl-recovered', '清收农信社不良贷款', 'Non-performing loans of rural credit cooperatives recovered', '9.1',
     '亿元', '清收农信社不良贷款9.1亿元'),
    ('key-criminal-cases', '破获“十类”重点案件', 'Key cases (ten categories) solved', '16', '起', '破获“十类”重点案件16起'),
])
M('government', 'review-8', None, [
    ('long-term-mechanisms', '建立完善长效机制', 'Long-term mechanisms set up or improved', '46', '项', '建立完善长效机制46项'),
    ('npc-suggestions', '人大代表建议', "People's Congress deputies' suggestions handled", '85', '件',
     '85件人大代表建议、81件政协委员提案办复率均达100%'),
    ('cppcc-proposals', '政协委员提案', 'CPPCC members\' proposals handled', '81', '件',
     '85件人大代表建议、81件政协委员提案办复率均达100%'),
    ('proposal-reply-rate', '建议提案办复率', 'Reply rate for suggestions and proposals', '100', '%',
     '85件人大代表建议、81件政协委员提案办复率均达100%'),
])

# ---------------------------------------------------------------- projects
projects = []


def P(id, zh, en, kind, sector, sector_stated, stage, stage_text, stage_stated, quote, area, section, topic=None,
      investment=None, location=None):
    Q(quote)
    i = TEXT.find(quote)
    sentence = TEXT[TEXT.rfind('。', 0, i) + 1:TEXT.find('。', i + len(quote) - 1) + 1]
    if stage_text not in sentence:
        errors.append(f'{id}: stageText {stage_text!r} not in the sentence of its quote')
    p = {'id': id, 'name': L(zh, en), 'kind': kind, 'sector': sector, 'sectorStated': sector_stated, 'stage': stage,
         'stageText': stage_text, 'stageStated': stage_stated}
    if investment:
        check_number(investment, '亿元', None, quote, id)
        p['investment'] = {'value': float(investment) if '.' in investment else int(investment), 'unit': '亿元'}
    if location:
        p['location'] = L(*location)
    p.update({'areaId': area, 'sectionId': section})
    if topic:
        p['topicId'] = topic
    p['quote'] = quote
    projects.append(p)


IA = ('investment-attraction', 'review-2', 'topic-investment-attraction')
PC = ('project-construction', 'review-2', 'topic-project-construction')
PK = ('parks', 'review-2', 'topic-parks')
AG = ('agriculture', 'review-3', 'topic-agriculture')
IN = ('industry', 'review-3', 'topic-industry')
DG = ('digital-economy', 'review-3', 'topic-digital')
UR = ('urban-construction', 'review-4', 'topic-urban')
IV = ('innovation', 'review-5', 'topic-innovation')
PV = ('poverty-gains', 'review-6', 'topic-poverty')
SS = ('social-services', 'review-6', 'topic-social-services')

# 引进 (introduced), with the investment the report states for each
P('nengjian-compressed-air-storage', '能建数科压缩空气储能', 'Energy China Digital Tech compressed-air energy storage',
  'project', 'energy', True, 'introduced', '引进', True, '成功引进投资24亿元的能建数科压缩空气储能', *IA, investment='24')
P('zhongdian-energy-storage-station', '中电集中式储能电站', 'China Power centralised energy-storage station', 'project',
  'energy', True, 'introduced', '引进', True, '投资21.5亿元的中电集中式储能电站', *IA,
  investment='21.5')
P('jingao-new-energy-base', '晶澳新能源产业基地', 'JA Solar new-energy industrial base', 'project', 'energy', True,
  'introduced', '引进', True,
  '投资10亿元的晶澳新能源产业基地', *IA,
  investment='10')
P('zhongdian-nongchuang-agrivoltaic', '中电农创牧光互补', 'China Power Nongchuang livestock-photovoltaic complementary project',
  'project', 'energy', False, 'introduced', '引进', True,
  '投资2亿元的中电农创牧光互补', *IA, investment='2')
P('ruihe-tomato-chain', '瑞禾农业番茄全产业链', 'Ruihe Agriculture tomato whole-industry-chain project', 'project',
  'agrifood', True, 'introduced', '引进', True, '投资2亿元的瑞禾农业番茄全产业链', *IA, investment='2')
P('yitong-central-kitchen', '逸通云菜中央厨房', 'Yitong Yuncai central kitchen', 'project', 'agrifood', False,
  'introduced', '引进', True, '投资1.4亿元的逸通云菜中央厨房等一批高质量项目', *IA, investment='1.4')
# 开复工 projects by stage
P('lvgu-agri-processing', '绿谷农产品加工', 'Lvgu agricultural products processing', 'project', 'agrifood', True,
  'topped-out', '主体完工', True, '绿谷农产品加工、瑞丰粮食收储等44个项目主体完工', *PC)
P('ruifeng-grain-storage', '瑞丰粮食收储', 'Ruifeng grain purchase and storage', 'project', 'agrifood', True,
  'topped-out', '主体完工', True, '绿谷农产品加工、瑞丰粮食收储等44个项目主体完工', *PC)
P('hengtong-smart-security', '恒通智能安防', 'Hengtong smart security', 'project', 'manufacturing', False, 'trial',
  '试生产', True, '恒通智能安防、汇洋新材料等14个项目试生产', *PC)
P('huiyang-new-materials', '汇洋新材料', 'Huiyang new materials', 'project', 'materials', True, 'trial', '试生产', True,
  '恒通智能安防、汇洋新材料等14个项目试生产', *PC)
P('jingao-300mw-pv', '晶澳300兆瓦光伏', 'JA Solar 300 MW photovoltaic project', 'project', 'energy', True, 'producing',
  '投产达效', True, '晶澳300兆瓦光伏、华祥新材料等53个项目投产达效', *PC)
P('huaxiang-new-materials', '华祥新材料', 'Huaxiang new materials', 'project', 'materials', True, 'producing', '投产达效',
  True, '晶澳300兆瓦光伏、华祥新材料等53个项目投产达效', *PC)
# industry
P('baisheng-jinshan-titanium', '百盛金山钛材', 'Baisheng Jinshan titanium materials', 'project', 'materials', True,
  'in-progress', '快速推进', True, '华祥新材料、百盛金山钛材等6个省万亿级产业基地项目快速推进', *IN)
P('lianqiang-rolls', '联强轧辊', 'Lianqiang mill rolls', 'enterprise', 'manufacturing', False, 'producing', '升规升巨',
  False, '联强轧辊升规升巨', *IN)
P('ruibo-power', '瑞博电力', 'Ruibo Electric Power', 'project', 'energy', False, 'topped-out', '主体完工', True,
  '瑞博电力主体完工', *IN)
P('xingtai-mining', '兴泰矿业', 'Xingtai Mining', 'enterprise', 'mining', True, 'operating', '完成采矿证延续', False,
  '兴泰矿业、鹏程矿业完成采矿证延续', *IN)
P('pengcheng-mining', '鹏程矿业', 'Pengcheng Mining', 'enterprise', 'mining', True, 'operating', '完成采矿证延续', False,
  '兴泰矿业、鹏程矿业完成采矿证延续', *IN)
P('wantai-mining', '万泰矿业', 'Wantai Mining', 'enterprise', 'mining', True, 'producing', '重组复产', True, '万泰矿业重组复产',
  *IN)
P('zhongdian-smart-energy', '中电全域综合智慧能源', 'China Power county-wide integrated smart energy', 'project', 'energy',
  True, 'producing', '投产达效', True, '中电全域综合智慧能源投产达效', *IN)
P('zhongfeng-distributed-wind', '中奉分散式风电', 'Zhongfeng distributed wind power', 'project', 'energy', True, 'settled',
  '落户', True, '中奉分散式风电落户开发区', *IN, location=('开发区', 'Development Zone'))
# agriculture
P('huyang-sheep-ershijiazi', '湖羊基地二十家子分中心', 'Hu sheep base, Ershijiazi sub-centre', 'facility', 'agrifood', False,
  'operating', '投入使用', True, '湖羊基地二十家子、羊山分中心投入使用', *AG, location=('二十家子', 'Ershijiazi'))
P('huyang-sheep-yangshan', '湖羊基地羊山分中心', 'Hu sheep base, Yangshan sub-centre', 'facility', 'agrifood', False,
  'operating', '投入使用', True, '湖羊基地二十家子、羊山分中心投入使用', *AG, location=('羊山', 'Yangshan'))
P('dongfang-xiwang-taizi-breeding', '东方希望台子繁殖场', 'East Hope Taizi breeding farm', 'facility', 'agrifood', False,
  'operating', '建成运行', True, '东方希望台子繁殖场、胜利育肥场建成运行', *AG)
P('shengli-fattening-farm', '胜利育肥场', 'Shengli fattening farm', 'facility', 'agrifood', False, 'operating', '建成运行',
  True, '东方希望台子繁殖场、胜利育肥场建成运行', *AG)
# parks
P('chemical-park-fire-station', '化工园区消防站', 'Chemical park fire station', 'facility', 'public-services', False,
  'operating', '配套设施完备', False, '化工园区消防站、应急水池等配套设施完备', *PK)
P('chemical-park-emergency-pool', '化工园区应急水池', 'Chemical park emergency water pool', 'facility', 'public-services',
  False, 'operating', '配套设施完备', False, '化工园区消防站、应急水池等配套设施完备', *PK)
P('chemical-industry-park', '化工园区', 'Chemical industry park', 'facility', 'materials', False, 'operating',
  '获批省级化工园区', False, '成功获批省级化工园区', *PK)
# digital economy
# 数字一体化平台 is where 23 firms are managed (a metric), not a named project (issue 16): no project record.
P('digital-agriculture-centre', '数字农业中心', 'Digital agriculture centre', 'facility', 'digital', True, 'operating',
  '建成运行', True, '农产品加工集聚区数字农业中心建成运行', *DG, location=('农产品加工集聚区', 'Agri-products processing cluster'))
# 锆 is read gào: Huagao, and so is the id (issue 16; was huazao-new-materials).
P('huagao-new-materials', '华锆新材料', 'Huagao new materials', 'enterprise', 'materials', True, 'operating',
  '数字化改造', False, '完成华祥新材料、华锆新材料、格兰生态等15家规上企业数字化改造', *DG)
P('gelan-ecology', '格兰生态', 'Gelan Ecology', 'enterprise', 'manufacturing', False, 'operating', '数字化改造', False,
  '完成华祥新材料、华锆新材料、格兰生态等15家规上企业数字化改造', *DG)
# 数字化企业 are digitalised firms, not firms of the digital sector (issue 16): 绿谷农业 is agri-food by its name;
# nothing says what 华兴惠民 does, so its sector is 'other', marked inferred.
P('lvgu-agriculture-digital', '绿谷农业', 'Lvgu Agriculture', 'enterprise', 'agrifood', False, 'operating', '新建', False,
  '同步新建绿谷农业、华兴惠民2家数字化企业', *DG)
P('huaxing-huimin', '华兴惠民', 'Huaxing Huimin', 'enterprise', 'other', False, 'operating', '新建', False,
  '同步新建绿谷农业、华兴惠民2家数字化企业', *DG)
# Greenhouses are facility agriculture (inferred); 建设 in a year-end review most likely means built (inferred).
P('morel-digital-greenhouses', '羊肚菌数字智能日光温室', 'Morel digital smart solar greenhouses', 'facility', 'agrifood',
  False, 'operating', '建设', False, '建设羊肚菌数字智能日光温室160栋', *DG)
P('digital-village-governance-platform', '数字乡村综治数据平台', 'Digital-village integrated governance data platform',
  'facility', 'digital', True, 'in-progress', '研发', False, '研发数字乡村综治数据平台', *DG)
P('government-service-hall', '政务服务大厅', 'Government service hall', 'facility', 'digital', False, 'operating',
  '完成政务服务大厅数字化、标准化改造', False, '完成政务服务大厅数字化、标准化改造', *DG)
# urban
P('youyi-street-renovation', '友谊大街改造', 'Youyi Street renovation', 'project', 'urban', False, 'started', '全面启动',
  True, '友谊大街改造全面启动', *UR)
P('workers-cultural-palace', '工人文化宫', "Workers' Cultural Palace", 'facility', 'public-services', False, 'started',
  '开工建设', True, '工人文化宫开工建设', *UR)
P('jinrongjie-no-10', '金融街10号院', 'No. 10 Jinrongjie (Financial Street) compound', 'project', 'urban', False,
  'topped-out', '主体完工', True, '金融街10号院、华新城二期主体完工', *UR)
P('huaxincheng-phase-2', '华新城二期', 'Huaxincheng phase II', 'project', 'urban', False, 'topped-out', '主体完工', True,
  '金融街10号院、华新城二期主体完工', *UR)
# innovation
# 东大 is Northeastern University (东北大学).
P('neu-mining-institute-pilot-base', '东大矿冶研究院中试基地',
  'Northeastern University Institute of Mining and Metallurgy pilot base',
  'facility', 'innovation', False, 'operating', '获评“省级科技引领创新工程”', False,
  '东大矿冶研究院中试基地获评“省级科技引领创新工程”', *IV)
P('guangshuo-selenium-livestock', '广硕富硒畜产品', 'Guangshuo selenium-rich livestock products', 'project', 'agrifood',
  False, 'in-progress', '被列为省科技厅重点研发项目', False, '广硕富硒畜产品被列为省科技厅重点研发项目', *IV)
P('syuct-pilot-base', '沈阳化工大学省级中试基地', 'Shenyang University of Chemical Technology provincial pilot base',
  'facility', 'innovation', False, 'settled', '落户', True, '沈阳化工大学省级中试基地成功落户我县', *IV)
# poverty gains, social services
P('rural-revitalisation-school', '县级乡村振兴学校', 'County rural-revitalisation school', 'facility', 'public-services',
  False, 'operating', '投入使用', True, '县级乡村振兴学校、乡级学堂、村级学点投入使用', *PV)
P('township-learning-halls', '乡级学堂', 'Township learning halls (rural revitalisation)', 'facility', 'public-services',
  False, 'operating', '投入使用', True, '县级乡村振兴学校、乡级学堂、村级学点投入使用', *PV)
P('village-learning-points', '村级学点', 'Village learning points (rural revitalisation)', 'facility', 'public-services',
  False, 'operating', '投入使用', True, '县级乡村振兴学校、乡级学堂、村级学点投入使用', *PV)
# 蒙中 is the county's Mongolian (ethnic) Middle School.
P('mengzhong-relocation', '蒙中异地搬迁', 'Mongolian Ethnic Middle School relocation', 'project', 'public-services', False,
  'operating', '完成异地搬迁', False, '蒙中完成异地搬迁', *SS)
P('county-tcm-hospital', '县中医院', 'County hospital of traditional Chinese medicine', 'facility', 'public-services',
  False, 'operating', '全面建成', True, '县中医院全面建成', *SS)
P('xincheng-central-hospital', '新城中心医院', 'Xincheng Central Hospital', 'facility', 'public-services', False,
  'operating', '投入使用', True, '新城中心医院投入使用', *SS)

# ---------------------------------------------------------------- pipeline
def stage_count(id, zh, en, written, quote, *, topic='topic-project-construction', area=None):
    return fact(id, zh, en, written, '个', quote, section='review-2', topic=topic)


pipeline = [
    {'stage': 'signed', 'count': stage_count('projects-signed', '签约项目', 'Projects signed', '75',
                                                 '签约项目75个、落地38个', topic='topic-investment-attraction'),
     'exampleIds': []},
    # 落地: a signed project actually set up in the county. Not declared a part of 签约 (no parent): landed counts
    # often include earlier years' signings (issue 16).
    {'stage': 'landed', 'count': stage_count('projects-landed', '落地项目', 'Projects set up in the county (landed)', '38', '签约项目75个、落地38个',
                                                 topic='topic-investment-attraction'), 'exampleIds': []},
    {'stage': 'started', 'count': stage_count('projects-started', '开复工项目', 'Projects started or resumed', '180',
                                                  '全年开复工项目180个,总投资295.7亿元'),
     'investment': fact('projects-started-investment', '开复工项目总投资', 'Total investment of projects started or resumed',
                        '295.7', '亿元', '全年开复工项目180个,总投资295.7亿元', section='review-2',
                        topic='topic-project-construction'),
     'exampleIds': []},
    {'stage': 'topped-out', 'parent': 'started',
     'count': stage_count('projects-topped-out', '主体完工项目', 'Projects with main structure completed', '44',
                          '绿谷农产品加工、瑞丰粮食收储等44个项目主体完工'),
     'exampleIds': ['lvgu-agri-processing', 'ruifeng-grain-storage']},
    {'stage': 'trial', 'parent': 'started',
     'count': stage_count('projects-trial', '试生产项目', 'Projects in trial production', '14', '恒通智能安防、汇洋新材料等14个项目试生产'),
     'exampleIds': ['hengtong-smart-security', 'huiyang-new-materials']},
    {'stage': 'producing', 'parent': 'started',
     'count': stage_count('projects-producing', '投产达效项目', 'Projects in full production', '53',
                          '晶澳300兆瓦光伏、华祥新材料等53个项目投产达效'),
     'exampleIds': ['jingao-300mw-pv', 'huaxiang-new-materials']},
]

# ---------------------------------------------------------------- problems
problems = []
for i, (q, en) in enumerate([
    ('一是经济总量小,产业结构还不合理,主导产业竞争力不强,抵御外在复杂多变经济环境影响的能力较弱',
     'The economy is small, its structure is not yet rational, leading industries are not competitive, and the '
     'ability to withstand a complex and changing external economic environment is weak.'),
    ('二是农业大而不精、稳而不强,工业产业链条短、科技含量低,服务业规模偏小、发展缓慢',
     'Agriculture is large but not refined, stable but not strong; industrial chains are short with little '
     'technology content; services are small and growing slowly.'),
    ('三是财政收支矛盾突出,刚性支出逐年增加,财政保障能力弱,“三保”压力巨大',
     'Public revenue and spending are badly out of balance, mandatory spending rises year by year, fiscal capacity '
     'is weak and the pressure of the "three guarantees" is great.'),
    ('四是城市公共服务能力亟待增强,乡村基础设施有待提升,农村集体经济较弱',
     'Urban public services urgently need strengthening, rural infrastructure needs improvement and the rural '
     'collective economy is weak.'),
    ('五是作风建设仍需加强,部分干部斗争精神不强,斗争本领不足,实干劲头不高,担当意识不够',
     'Work style still needs strengthening: some officials lack fighting spirit and ability, drive for real work '
     'and sense of responsibility.'),
], start=1):
    problems.append({'id': f'problem-{i}', 'ordinal': i, 'text': L(q[2:], en), 'quote': Q(q)})

# ---------------------------------------------------------------- plan
plan = {
    'targets': [fact('market-entities-target-2023', '全年新增市场主体', 'New market entities (2023 target)', '2700', '户主体',
                     '全年新增市场主体2700户以上', period='2023', qualifier='at-least', section='plan',
                     topic='topic-plan-market-entities')],
    'tasks': [
        {'id': 'task-1', 'ordinal': 1,
         'title': L('聚焦稳定经济运行,全力巩固高质量发展态势', 'Stabilise the economy and consolidate high-quality development'),
         'quote': Q('(一)聚焦稳定经济运行,全力巩固高质量发展态势。'),
         'items': [
             {'id': 'task-1-project-service', 'title': L('切实做优项目服务', 'Better services for projects'),
              'quote': Q('切实做优项目服务。充分发挥“书记县长直通车”作用')},
             {'id': 'task-1-market-entities', 'title': L('全力稳住市场主体', 'Keep market entities stable'),
              'quote': Q('全力稳住市场主体。精准落实国家、省市惠企政策和金融信贷支持举措')},
             {'id': 'task-1-economic-dispatch', 'title': L('狠抓经济运行调度', 'Closer monitoring and coordination of the economy'),
              'quote': Q('狠抓经济运行调度。坚持目标导向,科学分析研判')},
         ],
         'complete': True},
        {'id': 'task-2', 'ordinal': 2,
         'title': L('聚焦项目引育建设,全力培育高质量发展动能',
                    'Attract, grow and build projects for high-quality development momentum'),
         'quote': Q('(二)聚焦项目引育建设,全力培育高质量发展动能。'),
         'items': [],
         'complete': False},
    ],
    'truncation': {
        'note': L('原文在第(二)项任务中句子未完处中断,其后的工作安排不在我们获得的文本中。',
                  'The source text breaks off mid-sentence in task (2); the rest of the plan is not in our copy.'),
        'lastWords': Q('加强项目对接,推进产业协作,集中精力打造'),
    },
}
if not TEXT.rstrip('\n').endswith(plan['truncation']['lastWords']):
    errors.append('lastWords is not the end of the text')

# ---------------------------------------------------------------- derived
derived = []


def D(id, zh, en, op, inputs, value, unit, decimals, fzh, fen, period='2023', note=None):
    d = {'id': id, 'derived': True, 'label': L(zh, en), 'value': value, 'unit': unit, 'period': period, 'op': op,
         'inputs': inputs, 'decimals': decimals, 'formula': L(fzh, fen)}
    if note:
        d['note'] = L(*note)
    derived.append(d)


IMPLIED_NOTE = ('按2022年预计数和2023年名义增长目标推算,并非报告所列数字。',
                'Implied by the 2022 estimate and the nominal 2023 growth target; not a figure the report states.')
# Only nominal (current-price) series: fixed-asset investment, budget revenue, retail sales, rural income. GDP,
# industrial value added and industrial output grow at comparable prices and never yield a level.
for key, zh, en, level, rate, value, unit, dec in [
    ('fai', '固定资产投资', 'Fixed-asset investment', 54, 12, 60.48, '亿元', 2),
    ('revenue', '一般公共预算收入', 'General public budget revenue', 7.66, 10, 8.43, '亿元', 2),
    ('retail', '社会消费品零售总额', 'Retail sales of consumer goods', 32.2, 10, 35.42, '亿元', 2),
    ('rural-income', '农村居民人均可支配收入', 'Rural per-capita disposable income', 17357, 8, 18746, '元', 0),
]:
    D(f'{key}-implied-2023', f'{zh}2023年隐含水平', f'{en}, implied 2023 level', 'implied-level',
      [f'{key}-2022', f'{key}-target-2023'], value, unit, dec, f'{level} × (1 + {rate}%)', f'{level} × (1 + {rate}%)',
      note=IMPLIED_NOTE)

GAP_NOTE = ('2023年增长目标减去2022年预计增长。', '2023 growth target minus estimated 2022 growth.')
for key, zh, en, growth, target in [
    ('gdp', '地区生产总值', 'GRP', 5, 8), ('fai', '固定资产投资', 'Fixed-asset investment', 3.3, 12),
    ('revenue', '一般公共预算收入', 'Budget revenue', 0.4, 10),
    ('industrial-output', '规上工业总产值', 'Industrial output value', 13, 12),
    ('industrial-va', '规上工业增加值', 'Industrial value added', 3, 8),
    ('retail', '社会消费品零售总额', 'Retail sales', 3, 10), ('rural-income', '农村居民人均可支配收入', 'Rural income', 5.8, 8),
]:
    D(f'{key}-target-gap', f'{zh}目标与上年增速之差', f'{en}: target minus 2022 growth', 'difference',
      [f'{key}-target-2023', f'{key}-growth-2022'], round(target - growth, 1), '百分点', 1, f'{target}% − {growth}%',
      f'{target}% − {growth}%', note=GAP_NOTE)

NO_OVERLAP = ('报告未说明这三类是否互不重叠、是否全部属于180个开复工项目。',
              'The report does not say whether the three groups overlap or all belong to the 180 projects.')
D('pipeline-named-stages-sum', '主体完工、试生产、投产达效项目合计', 'Projects topped out, in trial or in production (sum)', 'sum',
  ['projects-topped-out', 'projects-trial', 'projects-producing'], 111, '个', 0, '44 + 14 + 53', '44 + 14 + 53',
  period='2022', note=NO_OVERLAP)
# Both rest on the sum's no-overlap assumption, so they carry its caveat (issue 16); 69 is labelled as a remainder
# computed here, never as a count the report gives.
D('pipeline-named-stages-share', '三类项目合计相当于开复工项目的比例(假定不重叠)',
  'The three stages as a share of the 180 started projects (if they do not overlap)', 'share',
  ['projects-started', 'pipeline-named-stages-sum'], 61.7, '%', 1, '111 ÷ 180', '111 ÷ 180', period='2022',
  note=NO_OVERLAP)
D('pipeline-other-started', '180减去三类合计的余数(假定不重叠,非报告数字)',
  '180 minus the three stages (a remainder if they do not overlap; not a count the report gives)', 'difference',
  ['projects-started', 'pipeline-named-stages-sum'], 69, '个', 0, '180 − 111', '180 − 111', period='2022',
  note=('仅当三类互不重叠且都属于180个开复工项目时,才是其余项目的个数;报告没有给出这些项目的进度。',
        'Only if the three groups do not overlap and all belong to the 180 is this the number of other projects; '
        'the report gives no stage for them.'))
# The 38 landed projects need not be among the 75 signed ones (landed counts often include earlier years'
# signings): the ratio is kept with that caveat, and "signed but not landed" (75 − 38) is not derived (issue 16).
D('landing-rate', '落地项目数与签约项目数之比', 'Projects landed relative to projects signed', 'share',
  ['projects-signed', 'projects-landed'], 50.7, '%', 1, '38 ÷ 75', '38 ÷ 75', period='2022',
  note=('报告未说明38个落地项目是否都来自这75个签约项目(落地项目常包括往年签约的项目),此比值不等于签约项目的落地率。',
        'The report does not say whether the 38 landed projects are among the 75 signed ones (landed projects '
        'often include earlier years\' signings), so this is not the share of signed projects that landed.'))
D('introduced-investment-sum', '报告列出投资额的引进项目合计', 'Investment of the named introduced projects (sum)', 'sum',
  ['nengjian-compressed-air-storage', 'zhongdian-energy-storage-station', 'jingao-new-energy-base',
   'zhongdian-nongchuang-agrivoltaic', 'ruihe-tomato-chain', 'yitong-central-kitchen'], 60.9, '亿元', 1,
  '24 + 21.5 + 10 + 2 + 2 + 1.4', '24 + 21.5 + 10 + 2 + 2 + 1.4', period='2022')
# No share of the 295.7亿元: the planned investment of 6 newly introduced projects and the total investment of the
# 180 projects under construction are two different kinds of total, neither inside the other (issue 16).
D('leading-firms-total', '新培育产业化龙头企业合计', 'Leading agribusinesses fostered (provincial + municipal)', 'sum',
  ['leading-firms-provincial', 'leading-firms-municipal'], 10, '家', 0, '4 + 6', '4 + 6', period='2022')
D('dibao-urban-rural-gap', '城乡低保标准差额', 'Urban minus rural subsistence allowance standard', 'difference',
  ['dibao-urban', 'dibao-rural'], 1860, '元', 0, '8100 − 6240', '8100 − 6240', period='2022')
D('proposals-total', '办复的建议和提案合计', 'Suggestions and proposals handled (sum)', 'sum',
  ['npc-suggestions', 'cppcc-proposals'], 166, '件', 0, '85 + 81', '85 + 81', period='2022')
D('market-entities-target-vs-2022', '2023年新增市场主体目标比2022年多', '2023 new-entity target minus 2022 new entities',
  'difference', ['market-entities-target-2023', 'new-market-entities'], 50, '户主体', 0, '2700 − 2650', '2700 − 2650',
  note=('目标为“2700户以上”。', 'The target reads "2700 or more".'))

# ---------------------------------------------------------------- non-metrics
nonMetrics = []


def N(token, reason, quote):
    Q(quote)
    if token not in quote:
        errors.append(f'non-metric token {token!r} not in quote {quote!r}')
    nonMetrics.append({'token': token, 'reason': reason, 'quote': quote})


YEAR = 'a year in a title or date, not a quantity'
N('2023年', YEAR, '朝阳县2023年政府工作报告')
N('2022年', YEAR, '2022年工作回顾')
N('2022年', YEAR, '2022年是本届政府开局之年')
N('2023年', YEAR, '2023年工作安排')
N('2023年', YEAR, '2023年是全面深入贯彻落实党的二十大战略部署的开局之年')
N('2023年', YEAR, '2023年政府工作总体要求是')
N('一年', 'a time span ("the past year"), not a measure', '一年来')
N('一年', 'a time span ("a year of challenges"), not a measure', '砥砺奋进的一年')
N('两个统筹', 'policy slogan ("two coordinations")', '高效推进“两个统筹”')
N('三件大事', 'policy slogan ("three major tasks")', '发展要安全”三件大事')
N('五大战略', 'policy slogan ("five strategies")', '深入推进“五大战略”')
N('第一', 'ordinal in a phrase ("the first priority")', '始终坚持把发展作为第一要务')
# 位居全省各县第一 is no longer a non-metric: it is a checkable claim, recorded as clean-energy-capacity's rank.
N('一批', 'vague quantity ("a batch of")', '等一批高质量项目')
N('一批', 'vague quantity ("a batch of")', '一批大项目、好项目')
N('万亿级', 'class of industry base ("trillion-yuan level"), not a measure', '6个省万亿级产业基地项目')
N('二十家子', 'place name', '湖羊基地二十家子、羊山分中心')
N('十家子村', 'place name', '木头城子镇十家子村')
N('一村一品', 'programme name ("one village, one product")', '全国‘一村一品’示范村')
N('第二届', 'edition number of an event', '第二届“直播年货节”')
N('3A级', 'scenic-site rating, not a quantity', '全县3A级以上景区达到8家')
N('第六批', 'batch number of a list', '入选第六批中国传统村落名录')
N('六化', 'programme name ("six -izations")', '完成“六化”建设')
N('5G', 'technology name', '新建开通5G基站133个')
N('十大行动', 'campaign name ("ten actions")', '深入开展创城“十大行动”')
N('10号院', 'address in a project name', '金融街10号院')
N('二期', 'phase number in a project name', '华新城二期主体完工')
N('三堆', 'campaign term ("three piles")', '清理“三堆”6800余处')
N('一事一议', 'funding scheme name ("case-by-case deliberation")', '新建“一事一议”村内道路160公里')
N('第二轮', 'round number of an inspection', '中央第二轮环保督察')
N('三区三线', 'planning term ("three zones, three lines")', '“三区三线”划定圆满完成')
N('1+4', 'campaign name', '纵深推进“1+4”专项行动')
N('一门', 'service slogan ("one door")', '“一门”进驻、“一窗”受理、“一网”可办率均达100%')
N('一窗', 'service slogan ("one window")', '“一门”进驻、“一窗”受理、“一网”可办率均达100%')
N('一网', 'service slogan ("one network")', '“一门”进驻、“一窗”受理、“一网”可办率均达100%')
N('三项制度', 'name of a set of rules ("three systems")', '行政执法“三项制度”有效落实')
N('十五条', 'name of a set of measures ("fifteen articles")', '安全生产“十五条”硬措施')
N('十类', 'name of a case category ("ten categories")', '破获“十类”重点案件16起')
N('二十大', 'name of a Party congress (the 20th)', '党的二十大')
N('八五', 'name of a legal-education plan (the 8th five-year)', '“八五”普法扎实推进')
N('四期叠加', 'slogan ("four overlapping periods")', '我们面临“四期叠加”的严峻挑战')
N('一个个', 'idiom ("one after another")', '啃下了一个个难啃的“硬骨头”')
N('三保', 'fiscal term ("three guarantees")', '“三保”压力巨大')
N('十四五', 'name of the 14th Five-Year Plan', '也是“十四五”承上启下的关键之年')
N('五位一体', 'policy term ("five-in-one")', '统筹推进“五位一体”总体布局')
N('四个全面', 'policy term ("four comprehensives")', '协调推进“四个全面”战略布局')
N('十六届二次', 'session number of a Party congress', '按照县十六届二次党代会')
N('一户一单', 'service slogan ("one list per firm")', '“一户一单”发现问题')
N('一企一策', 'service slogan ("one policy per firm")', '“一企一策”解决难点')
for i, (cn, q) in enumerate([('一', '经济总量小'), ('二', '农业大而不精'), ('三', '财政收支矛盾突出'), ('四', '城市公共服务能力亟待增强'),
                             ('五', '作风建设仍需加强')]):
    N(f'{cn}是', 'enumeration of the problems', f'{cn}是{q}')
for s in sections:
    if s['heading'].startswith('('):
        N(s['heading'][:3], 'section ordinal', s['heading'])
for t in plan['tasks']:
    N(t['quote'][:3], 'plan task ordinal', t['quote'])

report = {
    'schemaVersion': 1,
    'id': 'chaoyang-2023',
    'county': L('朝阳县', 'Chaoyang County'),
    'province': L('辽宁省', 'Liaoning Province'),
    'year': 2023,
    'title': L('朝阳县2023年政府工作报告', 'Chaoyang County Government Work Report 2023'),
    'textFile': 'report.txt',
    'textNote': L('原文照录:文中的“A”是被替换掉的名称,个别“?”为原文所有;文末的转载声明不属于报告,已删去。',
                  'Shown as received: “A” stands for a removed name and the odd “?” is in the copy; a reposting notice at the end is not part of the report and was dropped. The text is in Chinese.'),
    'sections': sections,
    'areas': areas,
    'indicators': indicators,
    'metrics': metrics,
    'projects': projects,
    'pipeline': pipeline,
    'problems': problems,
    'plan': plan,
    'derived': derived,
    'nonMetrics': nonMetrics,
}

manifest = {
    'schemaVersion': 1,
    'defaultReport': 'chaoyang-2023',
    'reports': [{
        'id': 'chaoyang-2023',
        'county': L('朝阳县', 'Chaoyang County'),
        'year': 2023,
        'title': report['title'],
        'file': 'chaoyang-2023/report.json',
    }],
}

if errors:
    print('\n'.join(errors), file=sys.stderr)
    sys.exit(1)
(DATA / 'chaoyang-2023' / 'report.json').write_text(json.dumps(report, ensure_ascii=False, indent=2) + '\n', 'utf8')
(DATA / 'manifest.json').write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + '\n', 'utf8')
n_facts = sum(1 for i in indicators for k in ('actual', 'growth', 'target') if k in i) + len(metrics) + len(pipeline) + 1 + 1
print(f'facts {n_facts} (metrics {len(metrics)}), projects {len(projects)}, derived {len(derived)}, '
      f'nonMetrics {len(nonMetrics)}, areas {len(areas)}')
