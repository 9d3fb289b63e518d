// Errors in words: a bad input or a bad backup names the field and what was expected, never
// "Invalid input" alone (zod/mini carries no messages, so the words are made here).
import * as z from 'zod/mini'
import { formatPath } from '../dataset/errors'

/** A value the store refuses: `problems` name each field and what was wrong with it. */
export class StoreInputError extends Error {
  readonly problems: string[]
  constructor(what: string, problems: string[]) {
    super(
      `${what}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`,
    )
    this.name = 'StoreInputError'
    this.problems = problems
  }
}

const clip = (value: unknown) => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

export function describeIssue(issue: z.core.$ZodIssue, prefix = ''): string {
  const path = formatPath([...(prefix ? [prefix] : []), ...issue.path]) || '(top level)'
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues, so say what was expected (NaN and Infinity land here too).
      return `${path}: expected ${issue.expected === 'number' ? 'a finite number' : issue.expected}`
    case 'too_small':
      return `${path}: must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}`
    case 'too_big':
      return `${path}: must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`
    case 'invalid_value':
      return `${path}: must be one of ${issue.values.map(clip).join(', ')}`
    case 'unrecognized_keys':
      return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(clip).join(', ')}`
    case 'invalid_format':
      return `${path}: not ${issue.message && issue.message !== 'Invalid input' ? issue.message : issue.format}`
    default:
      return `${path}: ${issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value'}`
  }
}

/** The value if it fits the schema, else a StoreInputError naming every problem. */
export function checked<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value)
  if (result.success) return result.data
  throw new StoreInputError(
    what,
    result.error.issues.map((i) => describeIssue(i)),
  )
}
