import type { getOctokit } from '@actions/github'
import type { Logger } from '../logger.js'

/** The Octokit client type this tool uses. */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * One Octokit for the run, with retries on server errors and rate-limit
 * throttling (one retry, then fail with GitHub's message), like
 * create-pull-request's octokit client. Proxies come from @actions/http-client.
 * Octokit and its plugins are loaded here, on first use: most commands never call GitHub.
 */
export async function createOctokit(
  token: string,
  opts: { baseUrl: string; logger: Logger }
): Promise<GitHubClient> {
  opts.logger.setSecret(token)
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  return getOctokit(
    token,
    {
      baseUrl: opts.baseUrl,
      userAgent: 'digest-promote',
      throttle: {
        onRateLimit: onLimit('rate limit', opts.logger),
        onSecondaryRateLimit: onLimit('secondary rate limit', opts.logger)
      },
      retry: { doNotRetry: [400, 401, 403, 404, 409, 422, 429] }
    },
    retry,
    throttling
  )
}

/** Warns once and retries once when GitHub says to wait; then the request fails with its message. */
function onLimit(kind: string, logger: Logger) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _o: unknown,
    retryCount: number
  ) => {
    logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; retry in ${retryAfter} s`)
    return retryCount < 1
  }
}
