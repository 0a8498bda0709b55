/**
 * GitHub deployments for `adopt`: each adopted environment gets a deployment of the commit that
 * records what it runs, as promotions and rollbacks get one of theirs.
 *
 * @module
 */

import { recordDeployment, type DeploymentRequest, type LandedChange } from './deployment.js'
import type { AdoptionContext } from './adopt.js'

/** What one environment's adoption landed: by commit on the base branch, or on its branch. */
export type AdoptionLanding = Omit<LandedChange, 'kind'>

/**
 * Records a GitHub deployment per landing, right after Git: the environment runs the adopted
 * digests already, so a commit-mode record is `in_progress` then `success` on the commit that
 * records it, and a pull request's is `queued` on its head until someone merges. Re-runs reuse
 * the deployment of the same commit, and a landing with nothing to record creates none.
 */
export async function recordAdoptionDeployments(
  request: DeploymentRequest | undefined,
  landings: AdoptionLanding[],
  ctx: AdoptionContext
): Promise<Array<{ environment: string; id: number }>> {
  if (!request) return []
  const recorded: Array<{ environment: string; id: number }> = []
  for (const landing of landings) {
    const change: LandedChange = { kind: 'adoption', ...landing }
    const { deploymentId } = await recordDeployment(request, change, ctx, () => Promise.resolve())
    if (deploymentId !== undefined)
      recorded.push({ environment: landing.environment, id: deploymentId })
  }
  return recorded
}
