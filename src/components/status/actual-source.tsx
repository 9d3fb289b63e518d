import { useEffect, useId, useRef, useState } from 'react'
import { cx } from '@/lib/cx'
import { useT } from '@/lib/i18n'
import type { ActualSource } from '@/lib/store'
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
 * quote; a user's figure has its file and row, or who typed it).
 */
export function ActualSourceButton({ label, source }: { label: string; source: ActualSource }) {
  const { t } = useT(statusMessages)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
    const onDown = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false)
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [open])
  const name = t('source.button', { label })
  return (
    <span ref={root} className="relative inline-flex">
      <button
        type="button"
        className="source-btn"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        title={name}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{t(`source.glyph.${source.kind}`)}</span>
      </button>
      {open && (
        <span
          id={panelId}
          role="dialog"
          aria-label={name}
          className="card absolute top-full right-0 z-30 mt-1 flex w-80 max-w-[80vw] flex-col gap-2 p-3 text-left font-normal text-fg text-sm shadow-lg"
        >
          <SourceDetails source={source} />
        </span>
      )}
    </span>
  )
}
