import { DataError } from '../dataset/errors'
import { translateCommon } from '../i18n/common'
import { LANGS, type Label } from '../i18n/languages'

// The single-file build runs from file://, where fetch() of a JSON is blocked: the data ships inside.
const files = import.meta.glob<string>('/public/data/**/*.{json,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export async function loadText(path: string): Promise<string> {
  const text = files[`/public/data/${path}`]
  if (text === undefined) {
    const words = Object.fromEntries(
      LANGS.map((lang) => [lang, translateCommon(lang, 'dataError.why.bundled')]),
    ) as Label
    throw new DataError('missing', `data/${path}`, [
      { path: '', message: 'not bundled in this build', text: words },
    ])
  }
  return text
}
