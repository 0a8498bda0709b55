import { isOwnDeployment, listDeployments } from '../github/deployments.js'
import type { GitHubClient } from '../github/octokit.js'

/** Time as the wait sees it; tests replace both. */
export interface WaitClock {
  /** Milliseconds since some fixed point. */
  now(): number
  sleep(ms: number): Promise<void>
}

/** The real clock. */
export const REAL_CLOCK: WaitClock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** What the cluster side has reported about one commit. */
export interface Reconciliation {
  state: 'success' | 'failure' | 'pending'
  /** Who reported it (a status context or a deployment), or why nothing counts yet. */
  source: string
  description?: string
}

/** How a wait ended. */
export interface WaitOutcome {
  outcome: 'success' | 'failure' | 'timeout'
  last: Reconciliation
  polls: number
}

/** The first pause between polls; each later one doubles, up to {@link MAX_DELAY_MS}. */
export const FIRST_DELAY_MS = 2_000
/** The longest pause between polls. */
export const MAX_DELAY_MS = 30_000

/**
 * Polls `check` until it reports success or failure, or `timeoutMs` has passed: at once, then
 * after 2 s, 4 s, 8 s, … (at most 30 s, and never past the deadline, where it checks once more).
 */
export async function waitFor(
  check: () => Promise<Reconciliation>,
  timeoutMs: number,
  clock: WaitClock = REAL_CLOCK
): Promise<WaitOutcome> {
  const deadline = clock.now() + timeoutMs
  let delay = FIRST_DELAY_MS
  for (let polls = 1; ; polls++) {
    const last = await check()
    if (last.state !== 'pending') return { outcome: last.state, last, polls }
    const remaining = deadline - clock.now()
    if (remaining <= 0) return { outcome: 'timeout', last, polls }
    await clock.sleep(Math.min(delay, remaining))
    delay = Math.min(delay * 2, MAX_DELAY_MS)
  }
}

const FLUX_CONTEXT = /^kustomization\/|flux/i

function stateOf(state: string): Reconciliation['state'] {
  if (state === 'success') return 'success'
  if (state === 'failure' || state === 'error') return 'failure'
  return 'pending'
}

/**
 * What Flux (a `kustomization/…` commit status, as notification-controller posts) or another
 * deployer (a deployment of the commit that digest-promote did not create, such as Argo CD
 * notifications') reports for `commit`. digest-promote's own deployments only say the change
 * landed, so they never count as reconciled.
 */
export async function reconciliationOf(
  github: { octokit: GitHubClient; owner: string; repo: string },
  commit: string,
  environment: string
): Promise<Reconciliation> {
  const where = { owner: github.owner, repo: github.repo }
  const statuses = await github.octokit.rest.repos.listCommitStatusesForRef({
    ...where,
    ref: commit,
    per_page: 100
  })
  // Newest first: the first status of a Flux context is its current state.
  const flux = statuses.data.find(s => FLUX_CONTEXT.test(s.context))
  if (flux && stateOf(flux.state) !== 'pending') {
    return {
      state: stateOf(flux.state),
      source: `commit status ${flux.context}`,
      description: flux.description ?? undefined
    }
  }
  const deployments = (await listDeployments(github.octokit, { ...where, sha: commit })).filter(
    d => d.environment === environment && !isOwnDeployment(d.payload)
  )
  const decided = deployments.find(d => stateOf(d.state) !== 'pending')
  if (decided) {
    return {
      state: stateOf(decided.state),
      source: `deployment ${decided.id}`,
      description: decided.description || undefined
    }
  }
  return {
    state: 'pending',
    source: flux ? `commit status ${flux.context} is ${flux.state}` : 'no Flux or deployment status'
  }
}
