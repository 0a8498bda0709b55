import { InputError, PromoteError } from '../errors.js'
import type { GitHubClient } from '../github/octokit.js'
import type { ImageStatus } from '../status/status.js'
import { REAL_CLOCK, reconciliationOf, waitFor, type WaitClock } from '../status/wait.js'
import type { RunContext } from './types.js'

/**
 * Waits until every promotion commit the statuses name is reported reconciled, within one
 * shared `waitMs`; throws one line on a failure report or at the deadline. On success the
 * statuses' `reconciled` say who reported it.
 */
export async function waitReconciled(
  env: string,
  statuses: ImageStatus[],
  github: { octokit: GitHubClient; owner: string; repo: string } | undefined,
  wait: { text: string; ms: number },
  ctx: RunContext,
  clock: WaitClock = REAL_CLOCK
): Promise<void> {
  if (!github) {
    throw new InputError(
      'wait',
      'needs GitHub to read the statuses of the promotion commit',
      'set github-token (or gitops-token) and gitops-repository'
    )
  }
  const deadline = clock.now() + wait.ms
  const commits = new Map<string, ImageStatus[]>()
  for (const s of statuses) {
    const commit = s.reconciled?.commit
    if (!commit) {
      throw new PromoteError(
        `cannot wait for ${s.image} in ${env}: no commit on the branch records its last promotion; promote it (or merge its pull request) first`
      )
    }
    commits.set(commit, [...(commits.get(commit) ?? []), s])
  }
  for (const [commit, waiting] of commits) {
    ctx.logger.info(`waiting up to ${wait.text} for ${env} to reconcile ${commit.slice(0, 12)}`)
    const result = await waitFor(
      () => reconciliationOf(github, commit, env),
      Math.max(0, deadline - clock.now()),
      clock
    )
    const { last } = result
    const detail = last.description ? ` (${last.description})` : ''
    if (result.outcome === 'failure') {
      throw new PromoteError(
        `${env} failed to reconcile commit ${commit.slice(0, 12)}: ${last.source} reports failure${detail}; check the cluster (flux get kustomizations), then roll back or fix forward`
      )
    }
    if (result.outcome === 'timeout') {
      throw new PromoteError(
        `${env} did not report commit ${commit.slice(0, 12)} reconciled within ${wait.text}: ${last.source}; check that Flux posts commit statuses (a notification-controller Provider of type github) or raise wait`
      )
    }
    for (const s of waiting) s.reconciled = { state: 'success', context: last.source, commit }
  }
}
