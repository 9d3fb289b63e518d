import { usePrefs } from './store'

export const useLang = () => usePrefs((s) => s.lang)
export const useTheme = () => usePrefs((s) => s.theme)
