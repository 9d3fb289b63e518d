// Synthetic reports for the Projects benchmark: the real report with its projects multiplied up to
// `total`, every one valid against the schema (ids unique, sections/areas/topics that resolve).
// The real projects stay, so the derived items that cite them still resolve.

/** A small deterministic PRNG (mulberry32): the same datasets on every run. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @param taxonomy the schema's own SECTORS and STAGES (src/lib/dataset/schema.ts), passed in so the
 *   generator never drifts from what the app accepts.
 */
export function syntheticReport(real, total, { sectors, stages }, seed = 42) {
  const rand = rng(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const projects = [...real.projects]
  for (let i = projects.length; i < total; i++) {
    const model = pick(real.projects)
    const p = {
      id: `syn-${i}`,
      name: { zh: `合成项目${i}号`, en: `Synthetic project ${i}` },
      kind: 'project',
      sector: pick(sectors),
      sectorStated: rand() < 0.6,
      stage: pick(stages),
      stageText: model.stageText,
      stageStated: rand() < 0.7,
      areaId: model.areaId,
      sectionId: model.sectionId,
      quote: model.quote,
    }
    if (model.topicId) p.topicId = model.topicId
    if (rand() < 0.3) p.investment = { value: Math.round(rand() * 500 + 1) / 10, unit: '亿元' }
    projects.push(p)
  }
  return { ...real, projects }
}
