import { lstat, readFile } from 'node:fs/promises'
import { ConfigError, type EnvironmentConfig } from '../config/promotion-config.js'
import { PromoteError } from '../errors.js'
import { LEDGER_DIR, imageSlug, type PromotionEvent } from '../ledger/event.js'
import type { RegistryClient } from '../registry/client.js'
import { parseReference, type ImageReference } from '../registry/reference.js'
import { confine } from '../util/confine.js'
import type { ImageState } from './environment.js'
import type { FileEdit } from './edits.js'

/** How the desired-state file of an alias environment ends; the ledger reader skips it. */
export const DESIRED_STATE_SUFFIX = '.current.json'

/** What Git says an alias should name: `.promotions/<env>/<image>.current.json`. */
export interface DesiredState {
  environment: string
  image: string
  alias: { repository: string; tag: string }
  /** The digest the alias should name. */
  digest: string
  /** The digest the alias named before this move; the compare-and-swap expects it. */
  previous: string | null
  /** The ledger event of the move. */
  event: string
}

const DIGEST = /^[a-z0-9]+:[a-f0-9]{32,}$/
const MAX_STATE_BYTES = 64 * 1024

/** The alias an environment floats, as a tagged reference. */
export function aliasReference(env: EnvironmentConfig): ImageReference | undefined {
  if (!env.alias) return undefined
  try {
    const ref = parseReference(`${env.alias.repository}:${env.alias.tag}`)
    if (ref.digest) throw new Error('a digest is not an alias')
    return ref
  } catch (err) {
    throw new ConfigError(
      `promotion.yaml: environments.${env.name}.alias: ${env.alias.repository}:${env.alias.tag} is not a repository and tag (${(err as Error).message})`
    )
  }
}

/** The repository path of an alias environment's desired-state file for `image`. */
export function desiredStatePath(environment: string, image: string): string {
  return `${LEDGER_DIR}/${environment}/${imageSlug(image)}${DESIRED_STATE_SUFFIX}`
}

/**
 * Reads what Git says an alias should name; undefined when Git records no move yet. The file is
 * untrusted: a malformed one is refused with its path, never used.
 */
export async function readDesiredState(
  root: string,
  environment: string,
  image: string
): Promise<DesiredState | undefined> {
  const rel = desiredStatePath(environment, image)
  const at = await confine(root, rel)
  let size: number
  try {
    const st = await lstat(at.abs)
    if (!st.isFile()) throw new PromoteError(`${rel}: not a regular file; restore it from history`)
    size = st.size
  } catch (err) {
    if (err instanceof PromoteError) throw err
    return undefined
  }
  if (size > MAX_STATE_BYTES) throw new PromoteError(`${rel}: larger than ${MAX_STATE_BYTES} bytes`)
  let data: Partial<DesiredState>
  try {
    data = JSON.parse(await readFile(at.abs, 'utf8')) as Partial<DesiredState>
  } catch {
    throw new PromoteError(`${rel}: not valid JSON; restore it from the Git history`)
  }
  const ok =
    typeof data === 'object' &&
    data !== null &&
    typeof data.digest === 'string' &&
    DIGEST.test(data.digest) &&
    (data.previous === null || (typeof data.previous === 'string' && DIGEST.test(data.previous))) &&
    typeof data.event === 'string' &&
    data.event.length <= 200
  if (!ok || data.environment !== environment || data.image !== image) {
    throw new PromoteError(
      `${rel}: not a desired state of ${environment} for ${image} (digest, previous, event); restore it from the Git history`
    )
  }
  return data as DesiredState
}

/**
 * What an alias environment runs for each image, in the shape the planner reads from files:
 * Git's desired digest, or what the alias resolves to when Git records no move yet.
 */
export async function aliasStates(
  root: string,
  env: EnvironmentConfig,
  images: ImageReference[],
  client: RegistryClient
): Promise<ImageState[]> {
  const ref = aliasReference(env)!
  return Promise.all(
    images.map(async image => {
      if (image.repository !== ref.repository) {
        throw new PromoteError(
          `environment '${env.name}' is the alias ${ref.familiar}, which ${image.repository} cannot move; promote ${ref.repository} into it`
        )
      }
      const desired = await readDesiredState(root, env.name, image.repository)
      const digest = desired ? desired.digest : (await client.head(ref))?.digest
      return { image, pins: [], ...(digest ? { digest } : {}) }
    })
  )
}

/** The desired-state file a planned move into an alias environment writes. */
export async function desiredStateEdit(
  root: string,
  env: EnvironmentConfig,
  event: PromotionEvent
): Promise<FileEdit> {
  const rel = desiredStatePath(env.name, event.image)
  const state: DesiredState = {
    environment: env.name,
    image: event.image,
    alias: env.alias!,
    digest: event.digest,
    previous: event.previousDigest,
    event: event.id
  }
  let before = ''
  try {
    before = await readFile((await confine(root, rel)).abs, 'utf8')
  } catch {
    // First move recorded in Git.
  }
  return { path: rel, before, after: `${JSON.stringify(state, null, 2)}\n`, created: !before }
}

/** The annotation `flux push artifact` (and OCI image builds) put the source revision in. */
const REVISION_ANNOTATION = 'org.opencontainers.image.revision'
const PRINTABLE = /^[\x21-\x7e]{1,200}$/

/**
 * The source revision a bundle's manifest states (`main@sha1:<commit>` for `flux push
 * artifact`), or undefined. The manifest is untrusted: anything but a short printable string is
 * ignored. The plan has read these bytes already, so this asks the registry nothing more.
 */
export async function artifactRevision(
  client: RegistryClient,
  pinned: ImageReference
): Promise<string | undefined> {
  let manifest: { annotations?: Record<string, unknown> }
  try {
    manifest = JSON.parse((await client.get(pinned)).bytes.toString('utf8')) as typeof manifest
  } catch {
    return undefined
  }
  const revision = manifest?.annotations?.[REVISION_ANNOTATION]
  return typeof revision === 'string' && PRINTABLE.test(revision) ? revision : undefined
}
