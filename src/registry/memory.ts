import type { Descriptor } from './media-types.js'
import type { ImageReference } from './reference.js'

/** A manifest's bytes as read, with its media type and the digest they hash to. */
export interface ManifestBytes {
  bytes: Buffer
  mediaType: string
  digest: string
}

/** Manifests larger than this (indexes of many platforms) are read again rather than kept. */
const MAX_REMEMBERED_BYTES = 64 * 1024

/**
 * What one client learned from the registries during its lifetime (one run), so it does not
 * ask twice: blobs and manifests a repository is known to hold, and the registries that answered
 * that they have no referrers API. Only what the registry itself answered is remembered.
 */
export class RegistryMemory {
  private readonly blobs = new Set<string>()
  private readonly manifests = new Map<string, Descriptor>()
  private readonly withoutReferrersApi = new Set<string>()
  private readonly contents = new Map<string, ManifestBytes>()
  private readonly withoutSubjectIndexing = new Set<string>()

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

  /**
   * The bytes of a manifest read from the repository of `repo` by this client, which hash to
   * `digest` (checked when read): content addressed by digest never changes, so it is not asked
   * for twice, e.g. a source manifest resolved when planning and copied when tagging.
   */
  manifestBytes(repo: ImageReference, digest: string): ManifestBytes | undefined {
    return this.contents.get(`${repoKey(repo)}@${digest}`)
  }

  rememberManifestBytes(repo: ImageReference, manifest: ManifestBytes): void {
    if (manifest.bytes.length > MAX_REMEMBERED_BYTES) return
    this.contents.set(`${repoKey(repo)}@${manifest.digest}`, manifest)
  }

  /** Whether the registry of `repo` stored an artifact without indexing its subject. */
  indexesNoSubjects(repo: ImageReference): boolean {
    return this.withoutSubjectIndexing.has(repo.domain)
  }

  rememberNoSubjectIndexing(repo: ImageReference): void {
    this.withoutSubjectIndexing.add(repo.domain)
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
