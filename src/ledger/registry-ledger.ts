import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { sha256Digest, type RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import {
  attachReferrer,
  bareRepository,
  listReferrers,
  readReferrerLayer
} from '../registry/referrers.js'
import { serializeEvent, type PromotionEvent } from './event.js'
import { latestDeployment } from './query.js'
import type { Ledger } from './read.js'
import { isEvent } from './validate.js'
import { mapSettled } from '../util/concurrency.js'

/** Artifact type of a ledger event attached to the digest it moved. */
export const EVENT_ARTIFACT_TYPE = 'application/vnd.digest-promote.event.v1+json'

/** Bound on events read back from one digest's referrers. */
const MAX_EVENTS_PER_DIGEST = 200

/**
 * Attaches `event` to its digest as an OCI artifact (the digest is the subject),
 * so the registry alone can answer "who moved this, when, from where". The
 * digest itself is never rewritten. Idempotent: the same event attaches once.
 */
export async function attachEvent(
  client: RegistryClient,
  image: ImageReference,
  event: PromotionEvent
): Promise<string> {
  // The run that moved the digest has usually just read or written it: no need to ask again.
  const subject =
    client.memory.manifest(image, event.digest) ??
    (await client.head(image.withoutTag().withDigest(event.digest)))
  if (!subject) throw new Error(`${image.repository}@${event.digest} not found`)
  const descriptor = await attachReferrer(client, image, subject, {
    artifactType: EVENT_ARTIFACT_TYPE,
    blobs: [{ mediaType: EVENT_ARTIFACT_TYPE, bytes: eventBlob(event) }],
    // One blob upload per record: the event is the artifact's config and its layer.
    config: 'first-blob',
    annotations: {
      'dev.digest-promote.event.id': event.id,
      'dev.digest-promote.event.environment': event.environment,
      'org.opencontainers.image.created': event.timestamp
    }
  })
  return descriptor.digest
}

/** The bytes of an event's record: the artifact's one blob. */
function eventBlob(event: PromotionEvent): Buffer {
  return Buffer.from(serializeEvent(event))
}

/** Each event with the image it moved; an event of an image not in `images` has no record. */
function withImages(
  images: ImageReference[],
  events: PromotionEvent[]
): Array<{ event: PromotionEvent; image: ImageReference }> {
  return events.flatMap(event => {
    const image = images.find(i => i.repository === event.image)
    return image ? [{ event, image }] : []
  })
}

/**
 * Uploads the record blobs of `events`, `concurrency` at a time, ahead of {@link attachEvents}:
 * for a caller with something slower to overlap them with (Git landing the commit). A blob no
 * manifest refers to is invisible, and attaching uploads any blob still missing, so a failure
 * here is ignored.
 */
export async function uploadEventBlobs(
  client: RegistryClient,
  images: ImageReference[],
  events: PromotionEvent[],
  concurrency = 1
): Promise<void> {
  await mapSettled(withImages(images, events), concurrency, async ({ event, image }) => {
    const [bare, bytes] = [bareRepository(image), eventBlob(event)]
    const digest = sha256Digest(bytes)
    if (!client.memory.hasBlob(bare, digest)) await client.uploadBlob(bare, digest, bytes)
  })
}

/**
 * Attaches every event, `concurrency` at a time; a failure is a warning, since the Git ledger is
 * the record of truth. Warnings come in the order of `events`, whichever attach ends first.
 */
export async function attachEvents(
  client: RegistryClient,
  images: ImageReference[],
  events: PromotionEvent[],
  logger: Logger,
  concurrency = 1
): Promise<void> {
  const attachable = withImages(images, events)
  const results = await mapSettled(attachable, concurrency, ({ event, image }) =>
    attachEvent(client, image, event)
  )
  for (const [i, r] of results.entries()) {
    if (r.status === 'fulfilled') continue
    const { event } = attachable[i]
    logger.warning(
      `could not attach ledger event ${event.id} to ${event.image}@${event.digest}: ${errorMessage(r.reason)}`
    )
  }
}

/**
 * Whether the registry holds `event`'s record next to its digest: a referrer of the event
 * artifact type whose annotation names the event and whose content is that event.
 */
export async function hasRecord(
  client: RegistryClient,
  image: ImageReference,
  event: PromotionEvent
): Promise<boolean> {
  const referrers = (await listReferrers(client, image, event.digest, EVENT_ARTIFACT_TYPE))
    .filter(r => r.annotations?.['dev.digest-promote.event.id'] === event.id)
    .slice(0, MAX_EVENTS_PER_DIGEST)
  for (const r of referrers) {
    try {
      const { layer } = await readReferrerLayer(client, image, r, EVENT_ARTIFACT_TYPE)
      const parsed: unknown = layer ? JSON.parse(layer.toString()) : undefined
      if (isEvent(parsed) && parsed.id === event.id && parsed.digest === event.digest) return true
    } catch {
      // A damaged record is no record: attaching again replaces it.
    }
  }
  return false
}

/**
 * Attaches the latest event of each image in `environment` when the registry lacks it. A run
 * that changes nothing in Git would otherwise never finish what a failed attach left undone,
 * and `status --ledger registry` would not know the move. Failures are warnings, as in
 * {@link attachEvents}.
 */
export async function repairMissingRecords(
  client: RegistryClient,
  images: ImageReference[],
  ledger: Ledger,
  environment: string,
  logger: Logger,
  concurrency = 1
): Promise<void> {
  const missing = images.flatMap(image => {
    const event = latestDeployment(ledger, environment, image.repository)
    return event ? [{ event, image }] : []
  })
  const results = await mapSettled(missing, concurrency, async ({ event, image }) => {
    if (await hasRecord(client, image, event)) return false
    await attachEvent(client, image, event)
    return true
  })
  for (const [i, r] of results.entries()) {
    const { event } = missing[i]
    if (r.status === 'fulfilled') {
      if (r.value) {
        logger.info(
          `attached the missing registry record of event ${event.id} to ${event.image}@${event.digest}`
        )
      }
      continue
    }
    logger.warning(
      `ledger event ${event.id} is missing from the registry and could not be attached to ${event.image}@${event.digest}: ${errorMessage(r.reason)}`
    )
  }
}

/**
 * The events attached to one digest, oldest first. Registry records are untrusted: one that
 * is unreadable, breaks the event schema or names another digest is skipped.
 */
export async function readDigestEvents(
  client: RegistryClient,
  image: ImageReference,
  digest: string
): Promise<PromotionEvent[]> {
  const referrers = (await listReferrers(client, image, digest, EVENT_ARTIFACT_TYPE)).slice(
    0,
    MAX_EVENTS_PER_DIGEST
  )
  const events: PromotionEvent[] = []
  for (const r of referrers) {
    try {
      const { layer } = await readReferrerLayer(client, image, r, EVENT_ARTIFACT_TYPE)
      const parsed: unknown = layer ? JSON.parse(layer.toString()) : undefined
      if (isEvent(parsed) && parsed.digest === digest) events.push(parsed)
    } catch {
      // A damaged record is not a reason to fail a status query.
    }
  }
  return events.sort((a, b) => a.timestamp.localeCompare(b.timestamp))
}
