/**
 * GitHub's artifact attestations API: the Sigstore bundles `actions/attest-build-provenance`
 * stored for a subject digest in a repository
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`,
 * https://docs.github.com/rest/repos/repos#list-attestations).
 *
 * The bundles are untrusted here: callers verify each one.
 *
 * @module
 */

import type { GitHubClient } from './octokit.js'

/** Most bundles read per digest, so a flood of attestations cannot stall a gate. */
const MAX_BUNDLES = 50

/**
 * The bundles stored for `digest` in `owner/repo`, as JSON bytes, newest last as GitHub lists
 * them; empty when GitHub has none (it answers 404 then).
 *
 * @param predicateType - only bundles of this predicate type, e.g. `provenance`.
 * @throws the client's error for anything but "none found".
 */
export async function listAttestationBundles(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  digest: string,
  predicateType?: string
): Promise<Buffer[]> {
  let attestations: Array<{ bundle?: unknown }> | undefined
  try {
    const response = await octokit.request(
      'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
      {
        owner,
        repo,
        subject_digest: digest,
        per_page: MAX_BUNDLES,
        ...(predicateType ? { predicate_type: predicateType } : {})
      }
    )
    attestations = (response.data as { attestations?: Array<{ bundle?: unknown }> }).attestations
  } catch (err) {
    if ((err as { status?: unknown }).status === 404) return []
    throw err
  }
  return (attestations ?? [])
    .slice(0, MAX_BUNDLES)
    .flatMap(a =>
      a.bundle && typeof a.bundle === 'object' ? [Buffer.from(JSON.stringify(a.bundle))] : []
    )
}
