import { useT } from '@/lib/i18n'

/** A screen's or a part's "loading" line, announced politely: the shared word unless `text` says more. */
export function Loading({ text }: { text?: string }) {
  const { t } = useT()
  return (
    <p role="status" className="p-6 text-muted">
      {text ?? t('loading')}
    </p>
  )
}
