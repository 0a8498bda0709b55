import semver from 'semver'
import type { EnvironmentConfig } from '../config/promotion-config.js'
import { GateError } from '../errors.js'
import type { GateResult } from '../ledger/event.js'
import type { Ledger } from '../ledger/read.js'
import type { ImageReference } from '../registry/reference.js'
import { adoptCommandLine } from './unrecorded.js'

/**
 * Registry allow-list: an image from a registry outside `allowed` is refused
 * (seed 002's admission rule, applied before anything is written).
 */
export function registryGate(image: ImageReference, allowed: string[]): GateResult {
  if (allowed.length === 0)
    return { name: 'registry', result: 'skipped', detail: 'no allow-list configured' }
  if (allowed.includes(image.domain))
    return { name: 'registry', result: 'passed', detail: `${image.domain} is allowed` }
  throw new GateError(
    'registry',
    `${image.repository} is in ${image.domain}, which is not in the allow-list (${allowed.join(', ')})`,
    'promote from an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml'
  )
}

/**
 * No pre-release into a protected environment unless allowed (seed 000: no
 * release candidates in production by accident). The version comes from the tag.
 */
export function prereleaseGate(
  version: string | undefined,
  env: EnvironmentConfig,
  allow: boolean
): GateResult {
  if (!version || !semver.valid(version))
    return { name: 'prerelease', result: 'skipped', detail: 'the tag carries no version' }
  const pre = semver.prerelease(version)
  if (!pre) return { name: 'prerelease', result: 'passed', detail: `${version} is a release` }
  if (!env.protected || allow || env.allowPrerelease) {
    return {
      name: 'prerelease',
      result: 'passed',
      detail: `${version} is a pre-release, allowed in ${env.name}`
    }
  }
  throw new GateError(
    'prerelease',
    `${version} is a pre-release and ${env.name} is protected`,
    'promote a release version, or set allow-prerelease: true (allowPrerelease in promotion.yaml) on purpose'
  )
}

/**
 * Ordering: every environment `env.requires` must have received this digest, as
 * the ledger records it. A digest that skipped staging never reaches production.
 * `unrecorded` names required environments whose files pin the digest with no record
 * (set up before digest-promote): the fix then is to adopt them, not to promote again.
 */
export function orderingGate(
  env: EnvironmentConfig,
  image: ImageReference,
  digest: string,
  ledger: Ledger,
  unrecorded: string[] = []
): GateResult {
  const required = env.requires ?? []
  if (required.length === 0)
    return {
      name: 'ordering',
      result: 'skipped',
      detail: `${env.name} requires no earlier environment`
    }
  const missing = required.filter(
    r =>
      !ledger.events.some(
        e =>
          e.environment === r &&
          e.digest === digest &&
          e.image === image.repository &&
          e.kind !== 'capture'
      )
  )
  const adopt = missing.filter(m => unrecorded.includes(m))
  if (adopt.length > 0) {
    throw new GateError(
      'ordering',
      `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`,
      `${adopt.join(', ')} already ${adopt.length > 1 ? 'run' : 'runs'} it, set up before the ledger: record that with ${adopt.map(a => adoptCommandLine(a, image)).join(' and ')}, then promote again`
    )
  }
  if (missing.length > 0) {
    throw new GateError(
      'ordering',
      `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`,
      `promote ${image.repository}@${digest} to ${missing.join(', ')} first`
    )
  }
  return { name: 'ordering', result: 'passed', detail: `promoted to ${required.join(', ')} before` }
}

/** The tested-artifact check: the source tag must resolve to the digest the `from` environment runs. */
export function sourceGate(
  image: ImageReference,
  fromName: string,
  pinned: string,
  sourceTag: string | undefined,
  resolved: string | undefined
): GateResult {
  if (sourceTag === undefined) {
    return { name: 'source', result: 'passed', detail: `${fromName} pins ${pinned}` }
  }
  if (resolved === undefined) {
    throw new GateError(
      'source',
      `${image.repository}:${sourceTag}, which ${fromName} names, does not exist in the registry`,
      'push the tag (capture) or fix the environment files'
    )
  }
  if (resolved !== pinned) {
    throw new GateError(
      'source',
      `${fromName} pins ${pinned}, but ${image.repository}:${sourceTag} resolves to ${resolved}`,
      `promote what ${fromName} runs: fix the tag in the registry or the digest in ${fromName}'s files`
    )
  }
  return {
    name: 'source',
    result: 'passed',
    detail: `${sourceTag} resolves to ${pinned}, the digest ${fromName} runs`
  }
}
