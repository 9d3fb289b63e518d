// The county's project ledger joined with the report's named projects: pure model code shared by the
// Projects screen (explorer, project pages, export) and the deck's ledger slide. No React, no storage.
export { entryOf, nameKey } from './convert'
export {
  culprits,
  type FacetCount,
  facetCounts,
  filterJoined,
  isJoinedFiltered,
  JOINED_DIMENSIONS,
  type JoinedDimension,
  type JoinedFilters,
  joinedPredicate,
  joinedTests,
  lightOf,
  NO_JOINED_FILTERS,
  townOf,
  unitOf,
} from './filters'
export { type GroupBar, planBySector, planByText, topBars } from './groups'
export { type HistoryPoint, projectHistory } from './history'
export { type JoinedList, type JoinInput, joinProjects, toWan } from './join'
export { isGroupChosen, PHASE_GROUPS, type PhaseGroup, phaseOf, STAGE_PHASE } from './phases'
export { needsDecision, type SectorWords, sectorResolver, type WordMapping, type WordUse } from './sectors'
export { behindList, type LightCounts, lightCounts } from './status-summary'
export * from './types'
