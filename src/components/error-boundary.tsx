import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  fallback: (error: Error, reset: () => void) => ReactNode
  children: ReactNode
  /** When this changes (e.g. the route), a shown error is cleared and the children render again. */
  resetKey?: string
}
type State = { error: Error | null }

/** Keeps one failing part of a page from taking the rest down with it. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Visible in the console for whoever debugs; the user sees the fallback.
    console.warn('panel failed:', error.message, info.componentStack?.split('\n')[1]?.trim())
  }

  componentDidUpdate(previous: Props) {
    // Back, or a link elsewhere, leaves the failure behind (a boundary around the routes stays mounted).
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.reset()
  }

  reset = () => this.setState({ error: null })

  render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children
  }
}
