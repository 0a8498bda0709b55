import { createHash } from 'node:crypto'

/** Where events live in the GitOps repository. */
export const LEDGER_DIR = '.promotions'

/**
 * What moved a digest. `adopted` moved nothing: it records what an environment already ran
 * when digest-promote was adopted, checked against the registry, so later gates can rely on it.
 */
export type EventKind = 'capture' | 'promotion' | 'rollback' | 'adopted' | 'unpinned'

/** The outcome of one gate, as recorded and shown in the pull request. */
export interface GateResult {
  name: string
  result: 'passed' | 'skipped' | 'failed'
  detail?: string
}

/** The pipeline run that made an event (GitHub Actions context, or the CLI's environment). */
export interface PipelineInfo {
  repository: string | null
  workflow: string | null
  runId: string | null
  runAttempt: string | null
  url: string | null
  eventName: string | null
}

/** The floating tag an event in an alias environment moves, and what it named before. */
export interface FloatingAlias {
  repository: string
  tag: string
  previousDigest: string | null
}

/**
 * One ledger entry; schemas/promotion-event.schema.json is its contract. Every
 * field is present (null when unknown) so consumers need no guessing.
 */
export interface PromotionEvent {
  schemaVersion: 1
  id: string
  kind: EventKind
  environment: string
  alias: { tag: string | null; floating: FloatingAlias | string | null }
  image: string
  digest: string
  previousDigest: string | null
  fromEnvironment: string | null
  sourceTag: string | null
  targetTag: string | null
  sourceRevision: string | null
  pipeline: PipelineInfo
  actor: string | null
  timestamp: string
  releaseLabel: string | null
  gates: GateResult[]
  pullRequest: { number: number; url: string } | null
  revertOf: string | null
}

/** The run's pipeline details from the `GITHUB_*` variables. */
export function pipelineFromEnv(env: NodeJS.ProcessEnv): PipelineInfo {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repo = env.GITHUB_REPOSITORY ?? null
  const runId = env.GITHUB_RUN_ID ?? null
  const attempt = env.GITHUB_RUN_ATTEMPT ?? null
  return {
    repository: repo,
    workflow: env.GITHUB_WORKFLOW ?? null,
    runId,
    runAttempt: attempt,
    url:
      repo && runId
        ? `${server}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
        : null,
    eventName: env.GITHUB_EVENT_NAME ?? null
  }
}

/** A short, path-safe name for an image repository. */
export function imageSlug(image: string): string {
  const slug = image
    .replace(/^[^/]*\.[^/]*\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, 60) || 'image'
}

/**
 * An event id that sorts by time and names what moved:
 * `20261123T230000Z-production-acme-app-3f2a9c1b7d4e`.
 */
export function eventId(
  timestamp: Date,
  environment: string,
  image: string,
  digest: string
): string {
  const stamp = timestamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const hex = digest.split(':')[1] ?? createHash('sha256').update(digest).digest('hex')
  return `${stamp}-${environment}-${imageSlug(image)}-${hex.slice(0, 12)}`
}

/**
 * The id of an event of `kind`. An unpin records the digest the environment already runs, as
 * the rollback before it did: within the same second the two would share an id (and a file),
 * so an unpin's id says what it is.
 */
export function eventIdOfKind(
  kind: PromotionEvent['kind'],
  timestamp: Date,
  environment: string,
  image: string,
  digest: string
): string {
  const id = eventId(timestamp, environment, image, digest)
  return kind === 'unpinned' ? `${id}-unpinned` : id
}

/** The repository path of an event's file. */
export function eventPath(event: Pick<PromotionEvent, 'environment' | 'id'>): string {
  return `${LEDGER_DIR}/${event.environment}/${event.id}.json`
}

/** Serialises an event the one way the ledger stores it (stable key order, trailing newline). */
export function serializeEvent(event: PromotionEvent): string {
  return `${JSON.stringify(event, null, 2)}\n`
}
