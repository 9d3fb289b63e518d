import { Notice } from '@/components/notice'
import { clip } from '@/lib/format/clip'
import { useT } from '@/lib/i18n'
import { messages } from '../i18n'
import type { TextCheck } from '../model/checks'

/**
 * What the loaded text lacks that the dataset expects: section headings (the text is then shown whole
 * or merged) and quotes (their source links cannot highlight them), with the first quote named.
 */
export function TextNotices({ check, sections }: { check: TextCheck; sections: number }) {
  const { t } = useT(messages)
  return (
    <>
      {check.missingHeadings > 0 && (
        <Notice>
          {check.missingHeadings === sections
            ? t('check.noHeadings')
            : t('check.someHeadings', { count: check.missingHeadings })}
        </Notice>
      )}
      {check.firstMissing && (
        <Notice>
          {t('check.quotes', {
            count: check.missingQuotes,
            quote: clip(check.firstMissing.quote, 40),
            path: check.firstMissing.path,
          })}
        </Notice>
      )}
    </>
  )
}
