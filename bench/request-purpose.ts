/**
 * What each registry request of a promotion was for, from its method and path alone (the proxy
 * sees no more): planning (resolving the source tag), tagging (claim check, tag write and
 * read-back), the ledger record (blobs, artifact manifest, referrers index), or the `/v2/` ping.
 */
import type { ProxyRequest } from '../__tests__/harness/proxy.js'

/** The purposes a promotion's registry requests are split by in the report. */
export const PURPOSES = ['plan', 'retag', 'ledger', 'other'] as const
export type Purpose = (typeof PURPOSES)[number]

/** Requests per purpose. */
export type PurposeCounts = Record<Purpose, number>

/**
 * The purpose of `r` in a promotion from `sourceTag` to `targetTag`. Manifests by digest are
 * the retag's source read unless written (a PUT by digest is an artifact manifest).
 */
export function purposeOf(r: ProxyRequest, sourceTag: string, targetTag: string): Purpose {
  const path = r.path.replace(/\?.*$/, '')
  if (/\/blobs\/|\/referrers\/|\/manifests\/sha256-/.test(path)) return 'ledger'
  const ref = /\/manifests\/([^/]+)$/.exec(path)?.[1]
  if (ref === sourceTag || path.endsWith('/tags/list')) return 'plan'
  if (ref === targetTag) return 'retag'
  if (ref?.startsWith('sha256:')) return r.method === 'PUT' ? 'ledger' : 'retag'
  return 'other'
}

/** `requests` counted by {@link purposeOf}. */
export function countPurposes(
  requests: readonly ProxyRequest[],
  sourceTag: string,
  targetTag: string
): PurposeCounts {
  const counts: PurposeCounts = { plan: 0, retag: 0, ledger: 0, other: 0 }
  for (const r of requests) counts[purposeOf(r, sourceTag, targetTag)]++
  return counts
}
