import type { WriteMode } from '../config/promotion-config.js'
import type { RegistryOptions } from '../registry/client-options.js'
import type { ImageReference } from '../registry/reference.js'
import type { ProvenanceOptions } from '../signing/provenance-gate.js'
import type { SigningOptions } from '../signing/signature-gate.js'

/** What promote, plan and rollback share: the GitOps repository, Git, pull requests, registry and signing. */
export interface GitOpsOptions {
  images: ImageReference[]
  configPath: string
  configRequired: boolean
  gitopsRepository?: string
  gitopsToken?: string
  gitopsPath: string
  gitopsBranch?: string
  writeMode?: WriteMode
  tagTemplate?: string
  allowedRegistries?: string[]
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft?: boolean
  titleTemplate?: string
  note?: string
  /** Commit author from `commit-author`; promotion.yaml's `commit`, then github-actions[bot], otherwise. */
  identity?: { name: string; email: string }
  commitTemplate?: string
  sourceRevision?: string
  releaseLabel?: string
  dryRun: boolean
  registry: RegistryOptions
  /** Images whose registry work (gates, tag, ledger record) runs at once. */
  concurrency: number
  /** Require signed promotion attestations for the environments the target requires. */
  requireAttestation: boolean
  /** Signature policy for the signature gate. */
  signing: SigningOptions
  /** The provenance gate's policy. */
  provenance: ProvenanceOptions
  githubToken?: string
  serverUrl: string
  apiUrl: string
}

/** The author of promotion commits when neither the input nor promotion.yaml names one. */
export const DEFAULT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}
