export const overviewText = {
  zh: { title: '总览' },
  en: { title: 'Overview' },
}
