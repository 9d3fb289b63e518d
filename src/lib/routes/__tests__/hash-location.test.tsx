import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Router, useSearch } from 'wouter'
import {
  holdSearchUntilHydrated,
  SearchRelease,
  searchApplied,
  setServerLocation,
  useHashLocation,
} from '../hash-location'

/** Shows the search the screen renders with, and keeps each render's. */
function Probe({ seen }: { seen: string[] }) {
  const search = useSearch()
  seen.push(search)
  return <p>{`search: ${search || '(none)'}`}</p>
}

function app(seen: string[]) {
  return (
    <SearchRelease>
      <Router hook={useHashLocation} searchHook={useHashLocation.searchHook}>
        <Probe seen={seen} />
      </Router>
    </SearchRelease>
  )
}

afterEach(() => {
  cleanup()
  location.hash = ''
  setServerLocation('/')
})

// The module's hold is once per page load (a hydration happens once): the held case comes first.
describe('the link query of a hydrated screen', () => {
  it('is held back while the screen hydrates as rendered, then applied, and says so once applied', async () => {
    location.hash = '#/projects?sector=energy&stage=signed'
    setServerLocation('/projects') // what the build rendered: the screen without its query
    holdSearchUntilHydrated()
    const seen: string[] = []
    let rendersWhenApplied = -1
    void searchApplied.then(() => {
      rendersWhenApplied = seen.length
    })
    render(app(seen))
    expect(seen[0]).toBe('') // the first render is the build's
    expect(await screen.findByText('search: sector=energy&stage=signed')).toBeTruthy()
    await act(() => searchApplied)
    // Said only once a render with the query had happened.
    expect(rendersWhenApplied).toBeGreaterThan(1)
    expect(seen.slice(0, rendersWhenApplied)).toContain('sector=energy&stage=signed')
  })

  it('follows the location as usual once applied', async () => {
    location.hash = '#/targets?hl=q1'
    const seen: string[] = []
    render(app(seen))
    expect(seen[0]).toBe('hl=q1') // nothing held: the first render has the query
    act(() => {
      location.hash = '#/targets?hl=q2'
      dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByText('search: hl=q2')).toBeTruthy()
  })
})
