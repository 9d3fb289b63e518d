import { QueryClient } from '@tanstack/react-query'
import { expect, it } from 'vitest'
import { sectorWordsQueryOptions } from '../ledger-queries'

// 行业 words are the user's text: a word `__proto__` mapped to a sector stays mapped when the words
// are read again after a change (the cache must not copy them into a plain object, where it is lost).
it('keeps a 行业 word named __proto__ across a refetch', async () => {
  const client = new QueryClient()
  const options = sectorWordsQueryOptions()
  const read = (json: string) => () => Object.assign(Object.create(null), JSON.parse(json))
  await client.fetchQuery({ ...options, queryFn: read('{"__proto__": "energy", "光伏": "energy"}') })
  await client.fetchQuery({
    ...options,
    staleTime: 0,
    queryFn: read('{"__proto__": "energy", "光伏": "industry"}'),
  })
  const words = client.getQueryData(options.queryKey) ?? {}
  expect(Object.getOwnPropertyNames(words)).toEqual(['__proto__', '光伏'])
  expect(Object.entries(words)).toEqual([
    ['__proto__', 'energy'],
    ['光伏', 'industry'],
  ])
})
