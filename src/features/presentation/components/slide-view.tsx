import { lazy, Suspense } from 'react'
import { ScreenBoundary } from '@/components/screen-boundary'
import { loadCode } from '@/lib/code-load/load-code'
import type { Report } from '@/lib/dataset/schema'
import { slideHeadline } from '../model/headlines'
import type { Slide } from '../model/slides'
import { SlideHeadlineContext } from './slide-frame'
import { SlideHeadline } from './slide-headline'
import { AreaSlide } from './slides/area-slide'
import { KpisSlide } from './slides/kpis-slide'
import { MonitorSlide } from './slides/monitor-slide'
import { ProblemsSlide } from './slides/problems-slide'
import { TasksSlide } from './slides/tasks-slide'
import { TitleSlide } from './slides/title-slide'

// Chart slides pull in the chart drawing code: load them only when such a slide is shown (or printed).
// A chart slide whose code fails says so on the slide; the deck and its other slides go on.
const TargetsSlide = lazy(() =>
  loadCode(() => import('./slides/targets-slide')).then((m) => ({ default: m.TargetsSlide })),
)
const LedgerSlide = lazy(() =>
  loadCode(() => import('./slides/ledger-slide')).then((m) => ({ default: m.LedgerSlide })),
)
const ProjectsSlide = lazy(() =>
  loadCode(() => import('./slides/projects-slide')).then((m) => ({ default: m.ProjectsSlide })),
)

type Props = { slide: Slide; report: Report; source: string }

/** One slide under its computed headline; the report rides along so derived figures can name their inputs. */
export function SlideView(props: Props) {
  const headline = slideHeadline(props.slide)
  return (
    <SlideHeadlineContext.Provider
      value={headline ? <SlideHeadline headline={headline} report={props.report} /> : null}
    >
      <SlideBody {...props} />
    </SlideHeadlineContext.Provider>
  )
}

function SlideBody({ slide, report, source }: Props) {
  const year = report.year
  switch (slide.kind) {
    case 'title':
      return <TitleSlide report={slide.report} />
    case 'kpis':
      return <KpisSlide rows={slide.rows} report={report} />
    case 'targets':
      return (
        <ScreenBoundary variant="inline">
          <Suspense fallback={null}>
            <TargetsSlide rows={slide.rows} year={year} source={source} />
          </Suspense>
        </ScreenBoundary>
      )
    case 'monitor':
      return <MonitorSlide board={slide.board} />
    case 'projects':
      return (
        <ScreenBoundary variant="inline">
          <Suspense fallback={null}>
            <ProjectsSlide slide={slide} report={report} source={source} />
          </Suspense>
        </ScreenBoundary>
      )
    case 'ledger':
      return (
        <ScreenBoundary variant="inline">
          <Suspense fallback={null}>
            <LedgerSlide slide={slide} />
          </Suspense>
        </ScreenBoundary>
      )
    case 'area':
      return <AreaSlide slide={slide} report={report} />
    case 'problems':
      return <ProblemsSlide problems={slide.problems} />
    case 'tasks':
      return <TasksSlide tasks={slide.tasks} truncation={slide.truncation} year={year} />
  }
}
