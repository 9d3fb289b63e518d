import { useT } from '@/lib/i18n'
import { useLang, useTheme } from '@/lib/prefs/hooks'
import { THEMES, type Theme, usePrefs } from '@/lib/prefs/store'

export function PrefsControls() {
  const { t } = useT()
  const lang = useLang()
  const theme = useTheme()
  const setLang = usePrefs((s) => s.setLang)
  const setTheme = usePrefs((s) => s.setTheme)
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        className="btn"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switchTo')}
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
