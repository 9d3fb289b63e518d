import { describe, expect, it } from 'vitest'
import { realReport } from '@/testing/data'
import { derivedInputs } from '../facts'

const report = realReport()
const derived = (id: string) => {
  const d = report.derived.find((x) => x.id === id)
  if (!d) throw new Error(`missing ${id}`)
  return d
}

describe('derivedInputs', () => {
  it('lists a derived figure’s inputs with their values', () => {
    expect(derivedInputs(report, derived('dibao-urban-rural-gap'))).toMatchObject([
      { id: 'dibao-urban', value: 8100, unit: '元', derived: false },
      { id: 'dibao-rural', value: 6240, unit: '元', derived: false },
    ])
  })

  it('names a project input by the project’s name, with its stated investment and quote', () => {
    const inputs = derivedInputs(report, derived('introduced-investment-sum'))
    const project = report.projects.find((p) => p.id === 'nengjian-compressed-air-storage')
    expect(inputs).toHaveLength(6)
    expect(inputs[0]).toMatchObject({
      id: 'nengjian-compressed-air-storage',
      kind: 'project',
      label: project?.name,
      value: project?.investment?.value,
      quote: project?.quote,
    })
  })

  it('names a derived input by its label and marks it derived', () => {
    const [, sum] = derivedInputs(report, derived('pipeline-named-stages-share'))
    expect(sum).toMatchObject({ id: 'pipeline-named-stages-sum', kind: 'derived', derived: true, value: 111 })
    expect(sum?.label).toEqual(derived('pipeline-named-stages-sum').label)
  })

  it('names a cited project without a stated investment, lending no value', () => {
    const project = report.projects.find((p) => !p.investment)
    if (!project) throw new Error('every project states an investment')
    const [input] = derivedInputs(report, { inputs: [project.id] })
    expect(input).toMatchObject({ id: project.id, kind: 'project', label: project.name })
    expect(input?.value).toBeUndefined()
  })
})
