import { directoryOf, type EnvironmentConfig } from '../config/promotion-config.js'
import { PromoteError, errorMessage } from '../errors.js'
import { eventId, pipelineFromEnv, type PromotionEvent } from '../ledger/event.js'
import { latestDeployment } from '../ledger/query.js'
import type { Ledger } from '../ledger/read.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { readEnvironment, type ImageState } from './environment.js'

/** What adopting one environment comes to: events to record, or the one line that refuses it. */
export type AdoptionCheck =
  | {
      environment: EnvironmentConfig
      /** New events, one per image whose running digest the ledger does not hold yet. */
      events: PromotionEvent[]
      /** Images whose running digest the ledger already records, with the event that does. */
      recorded: PromotionEvent[]
    }
  | { environment: EnvironmentConfig; refused: string }

/** Fields of an adopted event that come from the run rather than the files. */
export interface AdoptionRun {
  now: Date
  env: NodeJS.ProcessEnv
  sourceRevision?: string
  releaseLabel?: string
}

/**
 * Checks what `environment` runs against the registry and builds its `adopted` events. The
 * digest its files pin must exist, and a tag they name too must resolve to that digest; a
 * tag-only pin is recorded as the digest its tag resolves to now. Any problem refuses the whole
 * environment (nothing is recorded for it) with one line; registry errors that are not about
 * the environment (network, credentials) are thrown.
 */
export async function checkAdoption(
  root: string,
  environment: EnvironmentConfig,
  images: ImageReference[],
  client: RegistryClient,
  ledger: Ledger,
  run: AdoptionRun
): Promise<AdoptionCheck> {
  try {
    const states = await readEnvironment(
      root,
      directoryOf(environment, 'adopt'),
      images,
      environment.values
    )
    const events: PromotionEvent[] = []
    const recorded: PromotionEvent[] = []
    for (const state of states) {
      const digest = await runningDigest(state, environment, client)
      const latest = latestDeployment(ledger, environment.name, state.image.repository)
      if (latest?.digest === digest) recorded.push(latest)
      else events.push(adoptedEvent(environment, state, digest, run))
    }
    return { environment, events, recorded }
  } catch (err) {
    if (!(err instanceof PromoteError)) throw err
    return { environment, refused: `${environment.name}: ${errorMessage(err)}` }
  }
}

/** The digest an environment's files run for one image, checked against the registry. */
async function runningDigest(
  state: ImageState,
  environment: EnvironmentConfig,
  client: RegistryClient
): Promise<string> {
  const where = environment.path
  const repo = state.image.withoutTag()
  if (state.pins.length === 0) {
    throw new PromoteError(
      `${where} pins no ${state.image.repository}; add a kustomization images entry or an $imagepolicy marker for it, or leave ${environment.name} out (environment)`
    )
  }
  const tagged = state.tag ? await client.head(repo.withTag(state.tag)) : undefined
  if (state.tag && !tagged) {
    throw new PromoteError(
      `${state.image.repository}:${state.tag}, which ${where} names, does not exist in the registry; push the tag or fix ${where}, then adopt again`
    )
  }
  if (!state.digest) return tagged!.digest
  if (!(await client.head(repo.withDigest(state.digest)))) {
    throw new PromoteError(
      `${state.image.repository}@${state.digest}, which ${where} pins, does not exist in the registry; pin a digest that exists, then adopt again`
    )
  }
  if (tagged && tagged.digest !== state.digest) {
    throw new PromoteError(
      `${state.image.repository}:${state.tag}, which ${where} names, resolves to ${tagged.digest}, not the pinned ${state.digest}; make the tag and the digest in ${where} agree, then adopt again`
    )
  }
  return state.digest
}

function adoptedEvent(
  environment: EnvironmentConfig,
  state: ImageState,
  digest: string,
  run: AdoptionRun
): PromotionEvent {
  const detail = state.tag
    ? `${digest} exists, and ${state.tag} resolves to it`
    : `${digest} exists in the registry`
  return {
    schemaVersion: 1,
    id: eventId(run.now, environment.name, state.image.repository, digest),
    kind: 'adopted',
    environment: environment.name,
    alias: { tag: state.tag ?? null, floating: null },
    image: state.image.repository,
    digest,
    previousDigest: null,
    fromEnvironment: null,
    sourceTag: null,
    targetTag: state.tag ?? null,
    sourceRevision: run.sourceRevision ?? null,
    pipeline: pipelineFromEnv(run.env),
    actor: run.env.GITHUB_ACTOR ?? null,
    timestamp: run.now.toISOString(),
    releaseLabel: run.releaseLabel ?? null,
    gates: [{ name: 'registry-digest', result: 'passed', detail }],
    pullRequest: null,
    revertOf: null
  }
}
