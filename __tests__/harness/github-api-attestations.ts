import { errorReply } from './github-api-model.js'
import type { OpHandler } from './github-api-pulls.js'

/** GitHub's short names for predicate types in the `predicate_type` filter. */
const PREDICATE_ALIASES: Record<string, string> = {
  provenance: 'https://slsa.dev/provenance/v1',
  sbom: 'https://spdx.dev/Document/v2.3'
}

/**
 * `repos/list-attestations`: the bundles stored for a subject digest, as GitHub answers them
 * (404 when there are none, which is what `gh attestation verify` handles as "none found").
 */
export const attestationHandlers: Record<string, OpHandler> = {
  'repos/list-attestations'(state, req) {
    const { owner, repo, subject_digest: digest } = req.params
    const wanted = req.query.predicate_type
    const type = typeof wanted === 'string' ? (PREDICATE_ALIASES[wanted] ?? wanted) : undefined
    const perPage = Number(req.query.per_page ?? 30)
    const found = state.attestations.filter(
      a =>
        a.owner.toLowerCase() === owner.toLowerCase() &&
        a.repo.toLowerCase() === repo.toLowerCase() &&
        a.subjectDigest === digest &&
        (type === undefined || a.predicateType === type)
    )
    if (found.length === 0) return errorReply(404, 'Not Found')
    return {
      status: 200,
      body: {
        attestations: found.slice(0, perPage).map((a, i) => ({
          bundle: a.bundle,
          repository_id: 700000001,
          bundle_url: `${state.baseUrl}/attestations/${i + 1}/bundle`
        }))
      }
    }
  }
}
