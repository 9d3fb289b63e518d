import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { ActualSource } from '@/lib/store'
import { SourceButton } from '../source-button'
import { statusMessages } from './i18n'

/** "2023-07-10 10:02" in the reader's time zone: when a figure was imported or typed. */
export function formatStamp(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Where a stored figure came from: the file, sheet and row it was imported from, or who typed it, and when. */
export function SourceDetails({ source, className }: { source: ActualSource; className?: string }) {
  const { t } = useT(statusMessages)
  return (
    <dl className={cx('grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5', className)}>
      <dt className="text-muted">{t('source.at')}</dt>
      <dd className="m-0">
        {t(`source.${source.kind}`)} · {formatStamp(source.at)}
      </dd>
      {source.kind === 'import' && source.file && (
        <>
          <dt className="text-muted">{t('source.file')}</dt>
          <dd className="m-0 break-all">{source.file}</dd>
        </>
      )}
      {source.kind === 'import' && source.sheet && (
        <>
          <dt className="text-muted">{t('source.sheet')}</dt>
          <dd className="m-0">{source.sheet}</dd>
        </>
      )}
      {source.row !== undefined && source.kind === 'import' && (
        <>
          <dt className="text-muted">{t('source.row')}</dt>
          <dd className="m-0">{t('source.rowValue', { row: source.row })}</dd>
        </>
      )}
      {source.kind !== 'example' && (
        <>
          <dt className="text-muted">{t('source.by')}</dt>
          <dd className="m-0">{source.by ?? t('source.anonymous')}</dd>
        </>
      )}
    </dl>
  )
}

/**
 * The "where does this figure come from" button of a stored figure (the report's figures have their
 * quote; a user's figure has its file and row, or who typed it): the shared info mark and pop-up
 * (placed inside the viewport, Esc returns focus), with the figure's source as its detail.
 */
export function ActualSourceButton({ label, source }: { label: string; source: ActualSource }) {
  const { t } = useT(statusMessages)
  return (
    <SourceButton
      label={label}
      name={t('source.button', { label })}
      glyph={t(`source.glyph.${source.kind}`)}
      detail={<SourceDetails source={source} />}
      detailIsSource
    />
  )
}
