import { PromoteError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { GitHubClient } from './octokit.js'

/** The pull request a promotion wants to exist. */
export interface PullRequestSpec {
  owner: string
  repo: string
  /** Branch with the promotion commit. */
  head: string
  /** Branch the promotion merges into. */
  base: string
  title: string
  body: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
}

/** The pull request after {@link upsertPullRequest}. */
export interface PullRequestResult {
  number: number
  url: string
  /** True when this run opened it; false when an open one was updated. */
  created: boolean
}

interface HttpError {
  status: number
  message: string
}

function isHttpError(err: unknown): err is HttpError {
  return (
    typeof err === 'object' &&
    err !== null &&
    'status' in err &&
    typeof (err as HttpError).status === 'number'
  )
}

/** Turns GitHub's known refusals into advice (create-pull-request does the same for token scope). */
export function adviseGitHubError(doing: string, err: unknown): Error {
  if (!isHttpError(err)) return err instanceof Error ? err : new Error(String(err))
  const first = err.message.split('\n')[0] ?? ''
  if (err.status === 403 || (err.status === 404 && doing.startsWith('creating'))) {
    return new PromoteError(
      `${doing}: ${err.status} ${first}; the token may not write pull requests: give the workflow ` +
        "'permissions: pull-requests: write' and 'contents: write' (and allow GitHub Actions to create pull requests in the repository settings), or pass a token that may"
    )
  }
  if (err.status === 401)
    return new PromoteError(`${doing}: 401 ${first}; the GitHub token is invalid or expired`)
  return new PromoteError(`${doing}: ${err.status} ${first}`)
}

/**
 * Makes exactly one open pull request exist for `head` → `base` with this title
 * and body: update the open one if there is one, else create it (a creation that
 * races another run falls back to the update).
 */
export async function upsertPullRequest(
  octokit: GitHubClient,
  spec: PullRequestSpec,
  logger: Logger
): Promise<PullRequestResult> {
  const { owner, repo } = spec
  let result: PullRequestResult | undefined = await updateExisting(octokit, spec)
  if (!result) {
    try {
      const created = await octokit.rest.pulls.create({
        owner,
        repo,
        head: spec.head,
        base: spec.base,
        title: spec.title,
        body: spec.body,
        draft: spec.draft,
        maintainer_can_modify: false
      })
      result = { number: created.data.number, url: created.data.html_url, created: true }
    } catch (err) {
      if (isHttpError(err) && err.status === 422 && /already exists/i.test(err.message)) {
        result = await updateExisting(octokit, spec)
      }
      if (!result)
        throw adviseGitHubError(`creating the pull request ${spec.head} -> ${spec.base}`, err)
    }
  }
  await decorate(octokit, spec, result.number, logger)
  return result
}

async function updateExisting(
  octokit: GitHubClient,
  spec: PullRequestSpec
): Promise<PullRequestResult | undefined> {
  const { owner, repo } = spec
  let open
  try {
    open = await octokit.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      head: `${owner}:${spec.head}`,
      base: spec.base,
      per_page: 10
    })
  } catch (err) {
    throw adviseGitHubError(`listing pull requests of ${owner}/${repo}`, err)
  }
  const pr = open.data[0]
  if (!pr) return undefined
  if (pr.title !== spec.title || (pr.body ?? '') !== spec.body) {
    try {
      await octokit.rest.pulls.update({
        owner,
        repo,
        pull_number: pr.number,
        title: spec.title,
        body: spec.body
      })
    } catch (err) {
      throw adviseGitHubError(`updating pull request #${pr.number}`, err)
    }
  }
  return { number: pr.number, url: pr.html_url, created: false }
}

/** Labels and reviewers; a refusal here is a warning, since the pull request itself exists. */
async function decorate(
  octokit: GitHubClient,
  spec: PullRequestSpec,
  number: number,
  logger: Logger
): Promise<void> {
  const { owner, repo } = spec
  if (spec.labels.length > 0) {
    try {
      await octokit.rest.issues.addLabels({
        owner,
        repo,
        issue_number: number,
        labels: spec.labels
      })
    } catch (err) {
      logger.warning(adviseGitHubError(`labelling pull request #${number}`, err).message)
    }
  }
  if (spec.reviewers.length > 0 || spec.teamReviewers.length > 0) {
    try {
      await octokit.rest.pulls.requestReviewers({
        owner,
        repo,
        pull_number: number,
        reviewers: spec.reviewers,
        team_reviewers: spec.teamReviewers
      })
    } catch (err) {
      logger.warning(
        adviseGitHubError(`requesting reviewers on pull request #${number}`, err).message
      )
    }
  }
}
