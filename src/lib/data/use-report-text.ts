import { useQuery } from '@tanstack/react-query'
import { reportTextQueryOptions } from './queries'
import { savedIdOf, savedReportQueryOptions } from './saved'

// Apart from use-report.ts: only the screens that show the text (Source, an area's page) need it,
// and they load apart from the first paint.

/** The report's text: beside its JSON, or stored with it for a saved report. */
export function useReportText(file: string | undefined, textFile: string | undefined) {
  const savedId = savedIdOf(file)
  const served = useQuery({
    ...reportTextQueryOptions(file ?? '', textFile ?? ''),
    enabled: Boolean(file && textFile && savedId === null),
  })
  const saved = useQuery({
    ...savedReportQueryOptions(savedId ?? ''),
    enabled: savedId !== null,
    select: (d) => d?.text ?? '',
  })
  return savedId === null ? served : saved
}
