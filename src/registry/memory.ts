import type { Descriptor } from './media-types.js'
import type { ImageReference } from './reference.js'

/**
 * What one client learned from the registries during its lifetime (one run), so it does not
 * ask twice: blobs and manifests a repository is known to hold, and the registries that answered
 * that they have no referrers API. Only what the registry itself answered is remembered.
 */
export class RegistryMemory {
  private readonly blobs = new Set<string>()
  private readonly manifests = new Map<string, Descriptor>()
  private readonly withoutReferrersApi = new Set<string>()

  /** Whether the repository of `repo` is known to hold the blob. */
  hasBlob(repo: ImageReference, digest: string): boolean {
    return this.blobs.has(`${repoKey(repo)}@${digest}`)
  }

  rememberBlob(repo: ImageReference, digest: string): void {
    this.blobs.add(`${repoKey(repo)}@${digest}`)
  }

  /** The descriptor of a manifest the repository of `repo` is known to hold by `digest`. */
  manifest(repo: ImageReference, digest: string): Descriptor | undefined {
    return this.manifests.get(`${repoKey(repo)}@${digest}`)
  }

  rememberManifest(repo: ImageReference, descriptor: Descriptor): void {
    const { mediaType, digest, size } = descriptor
    if (mediaType && size > 0) {
      this.manifests.set(`${repoKey(repo)}@${digest}`, { mediaType, digest, size })
    }
  }

  /** Whether the registry of `repo` answered that it has no referrers API. */
  lacksReferrersApi(repo: ImageReference): boolean {
    return this.withoutReferrersApi.has(repo.domain)
  }

  rememberNoReferrersApi(repo: ImageReference): void {
    this.withoutReferrersApi.add(repo.domain)
  }
}

function repoKey(repo: ImageReference): string {
  return `${repo.domain}/${repo.path}`
}
