import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../logger.js'

/** The Octokit client type this tool uses. */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * One Octokit for the run, with retries on server errors and rate-limit
 * throttling (one retry, then fail with GitHub's message), like
 * create-pull-request's octokit client. Proxies come from @actions/http-client.
 */
export function createOctokit(
  token: string,
  opts: { baseUrl: string; logger: Logger }
): GitHubClient {
  opts.logger.setSecret(token)
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
