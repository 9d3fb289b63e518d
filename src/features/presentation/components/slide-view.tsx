import { lazy, Suspense } from 'react'
import type { Report } from '@/lib/dataset/schema'
import type { Slide } from '../model/slides'
import { AreaSlide } from './slides/area-slide'
import { KpisSlide } from './slides/kpis-slide'
import { ProblemsSlide } from './slides/problems-slide'
import { TasksSlide } from './slides/tasks-slide'
import { TitleSlide } from './slides/title-slide'

// Chart slides pull in Recharts: load them only when such a slide is shown (or printed).
const TargetsSlide = lazy(() => import('./slides/targets-slide').then((m) => ({ default: m.TargetsSlide })))
const LedgerSlide = lazy(() => import('./slides/ledger-slide').then((m) => ({ default: m.LedgerSlide })))
const ProjectsSlide = lazy(() =>
  import('./slides/projects-slide').then((m) => ({ default: m.ProjectsSlide })),
)

type Props = { slide: Slide; report: Report; source: string }

/** One slide; the report rides along so derived figures can name their inputs. */
export function SlideView({ slide, report, source }: Props) {
  const year = report.year
  switch (slide.kind) {
    case 'title':
      return <TitleSlide report={slide.report} />
    case 'kpis':
      return <KpisSlide rows={slide.rows} report={report} />
    case 'targets':
      return (
        <Suspense fallback={null}>
          <TargetsSlide rows={slide.rows} year={year} source={source} />
        </Suspense>
      )
    case 'projects':
      return (
        <Suspense fallback={null}>
          <ProjectsSlide slide={slide} report={report} source={source} />
        </Suspense>
      )
    case 'ledger':
      return (
        <Suspense fallback={null}>
          <LedgerSlide slide={slide} />
        </Suspense>
      )
    case 'area':
      return <AreaSlide area={slide.area} figures={slide.figures} more={slide.more} report={report} />
    case 'problems':
      return <ProblemsSlide problems={slide.problems} />
    case 'tasks':
      return <TasksSlide tasks={slide.tasks} truncation={slide.truncation} year={year} />
  }
}
