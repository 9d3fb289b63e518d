import { useState } from 'react'
import { Notice } from '@/components/notice'
import { downloadBlob } from '@/lib/export/download'
import { useT } from '@/lib/i18n'
import type { StoreStatus } from '@/lib/store'
import { userStore } from '@/lib/user-data'
import { storageMessages } from './i18n'

/**
 * Says plainly, on every screen, that what the user imports or types cannot be saved in this browser
 * (and why), and offers the way to keep it: a backup file. Loaded only when saving has failed.
 */
export function StorageNotice({ status }: { status: Exclude<StoreStatus, { state: 'ok' }> }) {
  const { t } = useT(storageMessages)
  const [failed, setFailed] = useState(false)
  const download = async () => {
    setFailed(false)
    try {
      const store = await userStore()
      const json = await store.backup.exportJson()
      downloadBlob(new Blob([json], { type: 'application/json' }), store.backup.fileName())
    } catch {
      setFailed(true)
    }
  }
  return (
    <div className="px-4 pt-2" data-storage-notice={status.state}>
      <Notice>
        <span className="flex flex-wrap items-center gap-2">
          <span>{t(`reason.${status.reason}`)}</span>
          <button type="button" className="btn" onClick={() => void download()}>
            {t('backup')}
          </button>
          {failed && <span className="text-danger">{t('backupFailed')}</span>}
        </span>
      </Notice>
    </div>
  )
}
