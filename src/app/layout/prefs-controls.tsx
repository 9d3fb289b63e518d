import { useT } from '@/lib/i18n'
import { LANGUAGES, langTag, nextLang } from '@/lib/i18n/languages'
import { useLang, useTheme } from '@/lib/prefs/hooks'
import { THEMES, type Theme, usePrefs } from '@/lib/prefs/store'

export function PrefsControls() {
  const { t } = useT()
  const lang = useLang()
  const theme = useTheme()
  const setLang = usePrefs((s) => s.setLang)
  const setTheme = usePrefs((s) => s.setTheme)
  const next = nextLang(lang)
  // The switch is written in the language it switches to (English / 中文), and marked as such.
  const switchTo = LANGUAGES[next].autonym
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        className="btn"
        lang={langTag(next)}
        aria-label={`${t('lang.label')}: ${switchTo}`}
        onClick={() => setLang(next)}
      >
        {switchTo}
      </button>
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t('theme.label')}</span>
        <select
          className="btn"
          value={theme}
          aria-label={t('theme.label')}
          onChange={(e) => setTheme(e.target.value as Theme)}
        >
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`theme.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
