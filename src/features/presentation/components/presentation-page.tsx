import { ReportGate } from '@/components/report-gate'
import { Deck } from './deck'

/** /present: the full-screen deck, outside the app shell. */
export function PresentationPage() {
  return (
    <div className="projector fixed inset-0 bg-page text-fg">
      <ReportGate>{(report) => <Deck report={report} />}</ReportGate>
    </div>
  )
}
