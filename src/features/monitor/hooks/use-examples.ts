import { useState } from 'react'
import type { Report } from '@/lib/dataset/schema'
import { exampleActuals } from '@/lib/monitoring/example-data'
import { userStore } from '@/lib/user-data/open'

/** Loading and removing the invented example figures (a layer of their own, removed in one action). */
export function useExamples(report: Report) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = (job: () => Promise<unknown>) => async () => {
    setBusy(true)
    setError(null)
    try {
      await job()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return {
    busy,
    error,
    load: run(async () =>
      (await userStore()).examples.load(report.id, exampleActuals(report), '示例数据（非统计数据）'),
    ),
    remove: run(async () => (await userStore()).examples.remove()),
  }
}
