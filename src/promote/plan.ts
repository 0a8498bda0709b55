import { directoryOf, type EnvironmentConfig } from '../config/promotion-config.js'
import { GateError, PromoteError } from '../errors.js'
import {
  eventIdOfKind,
  eventPath,
  pipelineFromEnv,
  serializeEvent,
  type EventKind,
  type GateResult,
  type PromotionEvent
} from '../ledger/event.js'
import type { Ledger } from '../ledger/read.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import type { ProvenanceFacts } from '../signing/provenance.js'
import { refuseFloating } from '../tags/floating.js'
import { settledOrThrow, mapSettled } from '../util/concurrency.js'
import { DEFAULT_TAG_TEMPLATE, deriveTargetTag, parseTag, parseTemplate } from '../tags/template.js'
import { readEnvironment, type ImageState } from './environment.js'
import { aliasStates, artifactRevision, desiredStateEdit } from './alias.js'
import { computeEdits, type FileEdit, type ImageWrite } from './edits.js'
import { reuseEvents } from './reuse.js'
import { unpinNothing, unpinTargets } from './unpin.js'
import { orderingGate, prereleaseGate, registryGate, sourceGate } from './gates.js'
import { adoptCommandLine, hasMoveOf, unrecordedRequirements } from './unrecorded.js'

/** Everything that decides a promotion; produced from inputs and promotion.yaml. */
export interface PromotionRequest {
  kind: EventKind
  /** Repositories to move; a tag on one names its source tag explicitly. */
  images: ImageReference[]
  /** The environment the digest comes from (absent for a rollback). */
  from?: EnvironmentConfig
  to: EnvironmentConfig
  /** For a rollback: the digest and tag to go back to, per repository. */
  targets?: Map<string, { digest: string; tag?: string; revertOf?: string }>
  /** Explicit target tag (one image only). */
  targetTag?: string
  tagTemplate?: string
  allowPrerelease: boolean
  allowedRegistries: string[]
  sourceRevision?: string
  releaseLabel?: string
  /** With require-attestation: signed promotion attestations for every required environment. */
  attestationGate?: (image: ImageReference, env: EnvironmentConfig) => Promise<GateResult>
  /** The provenance gate for `image@digest` promoted into `env`, with the build it states. */
  provenanceGate?: (
    image: ImageReference,
    env: EnvironmentConfig
  ) => Promise<{ gate: GateResult; provenance?: ProvenanceFacts }>
  /** The signature gate for `image@digest` promoted into `env`. */
  signatureGate: (image: ImageReference, env: EnvironmentConfig) => Promise<GateResult>
  /** Every environment of promotion.yaml, for hints about the ones `to` requires. */
  environments?: EnvironmentConfig[]
  /**
   * Events already on the promotion branch; a planned event recording the same move reuses one.
   * A promise, so Git reads the branch while the registry answers the gates.
   */
  existingEvents?: Promise<PromotionEvent[]>
  /** Images planned at once (default 1). */
  concurrency?: number
  /** Number and URL of the pull request, when one is already open for this change. */
  pullRequest?: { number: number; url: string }
  now: Date
  env: NodeJS.ProcessEnv
}

/** One image's part of a plan. */
export interface ImagePlan {
  image: ImageReference
  digest: string
  sourceTag?: string
  targetTag: string
  previousDigest?: string
  /** True when the target environment already pins this digest and tag. */
  unchanged: boolean
  /** The build the digest's verified provenance states, when the provenance gate passed. */
  provenance?: ProvenanceFacts
  /** The source revision a bundle promoted into an alias environment states in its manifest. */
  artifactRevision?: string
}

/** What a promotion will do, computed before any write. */
export interface PromotionPlan {
  images: ImagePlan[]
  gates: GateResult[]
  edits: FileEdit[]
  events: PromotionEvent[]
  /** What the user should know about a plan that changes nothing (e.g. a move the ledger lacks). */
  notes?: string[]
}

/** Reads both environments, runs every gate, and computes tags, file edits and ledger events. */
export async function planPromotion(
  root: string,
  req: PromotionRequest,
  client: RegistryClient,
  ledger: Ledger
): Promise<PromotionPlan> {
  const toStates = req.to.alias
    ? await aliasStates(root, req.to, req.images, client)
    : await readEnvironment(root, directoryOf(req.to), req.images, req.to.values)
  const fromStates = req.from
    ? await readEnvironment(
        root,
        directoryOf(req.from, 'promote from it'),
        req.images,
        req.from.values
      )
    : undefined
  for (const [i, image] of req.images.entries()) {
    if (!req.to.alias && toStates[i].pins.length === 0) {
      throw new PromoteError(
        `${req.to.path} has no kustomization images entry, $imagepolicy marker or values target for ${image.repository}; add one so the promotion has somewhere to write`
      )
    }
  }
  if (req.kind === 'unpinned')
    req = { ...req, targets: unpinTargets(directoryOf(req.to, 'unpin'), toStates, ledger) }
  // A required environment's files are read once for every image, and only when asked.
  const required = new Map<string, Promise<ImageState[]>>()
  const requiredState = (env: EnvironmentConfig, i: number): Promise<ImageState | undefined> => {
    let states = required.get(env.name)
    if (!states) {
      states = readEnvironment(root, directoryOf(env), req.images, env.values)
      required.set(env.name, states)
    }
    return states.then(s => s[i])
  }
  // Each image's gates run on their own; the results keep the order of the images.
  const settled = settledOrThrow(
    await mapSettled(req.images, req.concurrency ?? 1, async (image, i) => {
      const gates: GateResult[] = []
      const plan = await planImage(
        image,
        req,
        client,
        fromStates?.[i],
        toStates[i],
        gates,
        ledger,
        env => requiredState(env, i)
      )
      return { plan, gates }
    })
  )
  const images = settled.map(p => p.plan)
  const gates = settled.flatMap(p => p.gates)
  // Event ids come before the edits: a rollback pins its markers to its own event.
  const existing = (await req.existingEvents) ?? []
  const planned = images.map(p =>
    p.unchanged ? undefined : reuseEvents([buildEvent(req, p, gates)], existing)[0]
  )
  const edits = await computeEdits(
    root,
    images.map((p, i) => ({
      name: p.image.name,
      tag: p.targetTag,
      digest: p.digest,
      pins: toStates[i].pins,
      ...markerMode(req.kind, planned[i])
    }))
  )
  if (req.to.alias) {
    for (const e of planned) if (e) edits.push(await desiredStateEdit(root, req.to, e))
  }
  const events = edits.length === 0 ? [] : planned.filter(e => e !== undefined)
  if (req.kind === 'unpinned' && events.length === 0) {
    return { images, gates, edits, events, notes: [unpinNothing(req.to.name, req.images)] }
  }
  const unrecorded =
    req.kind === 'promotion' && events.length === 0
      ? images.filter(p => p.unchanged && !hasMoveOf(ledger, req.to.name, p.image, p.digest))
      : []
  return {
    images,
    gates,
    edits,
    events,
    notes: unrecorded.map(
      p =>
        `the ledger has no event for what ${req.to.name} runs (${p.image.repository}@${p.digest}); record it with: ${adoptCommandLine(req.to.name, p.image)}`
    )
  }
}

async function planImage(
  image: ImageReference,
  req: PromotionRequest,
  client: RegistryClient,
  from: ImageState | undefined,
  to: ImageState,
  gates: GateResult[],
  ledger: Ledger,
  requiredState: (env: EnvironmentConfig) => Promise<ImageState | undefined>
): Promise<ImagePlan> {
  gates.push(registryGate(image, req.allowedRegistries))
  let digest: string
  let sourceTag: string | undefined
  const target = req.targets?.get(image.repository)
  if (target) {
    digest = target.digest
    sourceTag = target.tag
    const found = await client.head(image.withoutTag().withDigest(digest))
    if (!found) {
      throw new GateError(
        'source',
        `${image.repository}@${digest} no longer exists in the registry`,
        'choose another rollback target'
      )
    }
    await client.get(image.withoutTag().withDigest(digest))
    const tagged = sourceTag ? await client.head(image.withoutTag().withTag(sourceTag)) : undefined
    if (tagged && tagged.digest !== digest) {
      throw new GateError(
        'source',
        `${image.repository}:${sourceTag} now points at ${tagged.digest}, not the recorded ${digest}`,
        "the tag was moved behind the ledger's back: investigate, then roll back by digest with a new target-tag"
      )
    }
    gates.push({
      name: 'source',
      result: 'passed',
      detail: `${digest} exists and its bytes hash to it`
    })
  } else {
    if (!from || !req.from) throw new PromoteError('no from-environment to promote from')
    sourceTag = image.tag ?? from.tag
    refuseFloating(sourceTag, 'source')
    // A GET, not a HEAD: tagging copies these bytes, so the run reads them once.
    const resolved = sourceTag
      ? (await client.find(image.withoutTag().withTag(sourceTag)))?.digest
      : undefined
    const pinned = from.digest ?? resolved
    if (!pinned) {
      throw new GateError(
        'source',
        `${req.from.path} pins no digest or tag for ${image.repository}`,
        `promote ${image.repository} into ${req.from.name} first`
      )
    }
    gates.push(
      sourceGate(image, req.from.name, pinned, from.digest ? sourceTag : undefined, resolved)
    )
    digest = pinned
  }
  const targetTag = targetTagFor(req, sourceTag, image)
  refuseFloating(targetTag, 'target')
  const template = parseTemplate(
    req.to.tag ?? req.tagTemplate ?? DEFAULT_TAG_TEMPLATE,
    'tag-template'
  )
  gates.push(prereleaseGate(parseTag(template, targetTag)?.version, req.to, req.allowPrerelease))
  if (req.kind === 'promotion') {
    const unrecorded = await unrecordedRequirements(
      req.to,
      req.environments ?? [],
      image,
      digest,
      ledger,
      requiredState
    )
    gates.push(orderingGate(req.to, image, digest, ledger, unrecorded))
  }
  if (req.kind === 'promotion' && req.attestationGate) {
    gates.push(await req.attestationGate(image.withoutTag().withDigest(digest), req.to))
  }
  const provenance = await req.provenanceGate?.(image.withoutTag().withDigest(digest), req.to)
  if (provenance) gates.push(provenance.gate)
  gates.push(await req.signatureGate(image.withoutTag().withDigest(digest), req.to))
  // A promotion of the digest a rollback pinned still moves: it hands the field back to Flux.
  const unchanged =
    to.digest === digest &&
    to.pins.every(p => p.digest === digest && p.tag === targetTag) &&
    (req.kind === 'rollback' || to.pins.every(p => p.pinnedBy === undefined))
  const revision = req.to.alias
    ? await artifactRevision(client, image.withoutTag().withDigest(digest))
    : undefined
  return {
    image,
    digest,
    sourceTag,
    targetTag,
    previousDigest: to.digest,
    unchanged,
    ...(provenance?.provenance ? { provenance: provenance.provenance } : {}),
    ...(revision ? { artifactRevision: revision } : {})
  }
}

/**
 * What happens to an image's setter markers: a rollback pins them to its event (an image it
 * leaves as it is keeps its pins); a promotion restores them.
 */
function markerMode(
  kind: EventKind,
  event: PromotionEvent | undefined
): Pick<ImageWrite, 'pinEvent' | 'keepPins'> {
  if (kind !== 'rollback') return {}
  return event ? { pinEvent: event.id } : { keepPins: true }
}

function targetTagFor(
  req: PromotionRequest,
  sourceTag: string | undefined,
  image: ImageReference
): string {
  if (req.targetTag) return req.targetTag
  const rollbackTag = req.targets?.get(image.repository)?.tag
  if (rollbackTag) return rollbackTag
  if (!sourceTag) {
    throw new PromoteError(
      `no source tag for ${image.repository} to derive the target tag from; set target-tag`
    )
  }
  return deriveTargetTag(sourceTag, req.to.name, {
    template: req.to.tag ?? req.tagTemplate,
    sourceTemplate: req.from?.tag ?? req.tagTemplate,
    now: req.now
  })
}

function buildEvent(req: PromotionRequest, p: ImagePlan, gates: GateResult[]): PromotionEvent {
  return {
    schemaVersion: 1,
    id: eventIdOfKind(req.kind, req.now, req.to.name, p.image.repository, p.digest),
    kind: req.kind,
    environment: req.to.name,
    alias: {
      tag: p.targetTag,
      floating: req.to.alias ? { ...req.to.alias, previousDigest: p.previousDigest ?? null } : null
    },
    image: p.image.repository,
    digest: p.digest,
    previousDigest: p.previousDigest ?? null,
    fromEnvironment: req.from?.name ?? null,
    sourceTag: p.sourceTag ?? null,
    targetTag: p.targetTag,
    sourceRevision: req.sourceRevision ?? p.artifactRevision ?? req.env.GITHUB_SHA ?? null,
    pipeline: pipelineFromEnv(req.env),
    actor: req.env.GITHUB_ACTOR ?? null,
    timestamp: req.now.toISOString(),
    releaseLabel: req.releaseLabel ?? null,
    gates: gates.filter(g => g.name !== 'registry' || g.result !== 'skipped'),
    pullRequest: req.pullRequest ?? null,
    revertOf: req.targets?.get(p.image.repository)?.revertOf ?? null
  }
}

/** The files a plan writes: edited manifests plus one ledger file per event. */
export function planFiles(plan: PromotionPlan): Array<{ path: string; content: string }> {
  return [
    ...plan.edits.map(e => ({ path: e.path, content: e.after })),
    ...plan.events.map(e => ({ path: eventPath(e), content: serializeEvent(e) }))
  ]
}
