/**
 * DP001 (tag-only in a protected environment), DP002 (`latest` or no tag) and DP003 (registry
 * outside the allow-list) for one image use, whatever manifest it came from.
 */
import {
  InvalidReferenceError,
  parseReference,
  type ImageReference
} from '../registry/reference.js'
import type { FindingSink } from './findings.js'

/** Where an image use sits and what applies there. */
export interface ImageScope {
  /** File relative to the audited root. */
  file: string
  /** Why the file is protected (see `Protection.reasonFor`), or `undefined`. */
  protectedBy?: string
  /** Allowed registry domains; empty turns DP003 off. */
  allowed: readonly string[]
  /** Where findings go. */
  sink: FindingSink
}

/**
 * One image as a manifest states it, split the way the manifest splits it: a whole reference
 * (containers, Helm `image: "<ref>"`) or separate name, tag and digest fields (kustomize
 * `images:` entries, Helm `image: {repository, tag, digest}`).
 */
export interface ImageUse {
  /** What to call it in messages, e.g. `container web of Deployment apps/web`. */
  where: string
  /** Repository, or a whole reference when {@link wholeReference} is set; absent if unknown. */
  name?: string
  /** Line of the name (or whole reference). */
  nameLine: number
  /** Tag field, for split uses. */
  tag?: string
  /** Line of the tag field. */
  tagLine?: number
  /** Digest field, for split uses. */
  digest?: string
  /**
   * `name` is a whole `name[:tag][@digest]` reference, where a missing tag means `latest`. For
   * split uses a missing tag means "unchanged" (kustomize) or "the chart's default" (Helm).
   */
  wholeReference?: boolean
}

// Flux post-build substitution (`${var}`, `${var:=default}`): the value is unknown here.
const VARIABLE = /\$\{[^}]*\}/g
const PLACEHOLDER = 'zvarz'
const FAKE_DIGEST = `sha256:${'0'.repeat(64)}`

/** A reference parsed with `${var}` placeholders standing in for substituted parts. */
interface Parsed {
  ref: ImageReference
  /** A variable is in the domain or path, so the registry is unknown. */
  variableName: boolean
}

/** Parses a reference that may hold Flux substitution variables. */
function parseWithVariables(raw: string): Parsed {
  const at = raw.indexOf('@')
  let text = at < 0 ? raw : raw.slice(0, at)
  let digest = at < 0 ? undefined : raw.slice(at + 1)
  // A substituted digest is still a digest: the reference stays pinned.
  if (digest !== undefined && digest.includes('${')) digest = FAKE_DIGEST
  text = text.replace(VARIABLE, PLACEHOLDER)
  const ref = parseReference(digest === undefined ? text : `${text}@${digest}`)
  return {
    ref,
    variableName: ref.repository.includes(PLACEHOLDER)
  }
}

/** Runs DP001 to DP003 on one image use. */
export function checkImage(use: ImageUse, scope: ImageScope): void {
  let parsed: Parsed | undefined
  if (use.name !== undefined) {
    // Go templates are rendered elsewhere (Helm charts); there is no reference to judge yet.
    if (use.name.includes('{{')) return
    try {
      parsed = parseWithVariables(use.name)
    } catch (err) {
      if (!(err instanceof InvalidReferenceError)) throw err
      scope.sink.add('DP000', scope.file, use.nameLine, `${use.where}: ${err.message}`, {
        fix: 'write a valid image reference: [registry/]repository[:tag][@sha256:<digest>]',
        object: use.where
      })
      return
    }
  }
  if (use.wholeReference && parsed) {
    const { ref } = parsed
    // Shown as written: the parsed form would expose the placeholders of `${var}` parts.
    checkPinning(use.where, use.name ?? ref.familiar, scope, {
      tag: ref.tag,
      digest: ref.digest,
      tagLine: use.nameLine,
      noTagMeansLatest: true
    })
  } else {
    const shown = `${use.name ?? '(chart default)'}${use.tag ? `:${use.tag}` : ''}`
    checkPinning(use.where, shown, scope, {
      tag: use.tag,
      digest: use.digest,
      tagLine: use.tagLine ?? use.nameLine,
      noTagMeansLatest: false
    })
  }
  if (parsed && !parsed.variableName) checkRegistry(use, parsed.ref, scope)
}

interface Pinning {
  tag?: string
  digest?: string
  tagLine: number
  noTagMeansLatest: boolean
}

function checkPinning(where: string, shown: string, scope: ImageScope, pin: Pinning): void {
  // A digest pins the content whatever the tag says; Kubernetes pulls by digest.
  if (pin.digest) return
  const { file, sink, protectedBy } = scope
  const severity = protectedBy ? 'error' : 'warning'
  const inEnv = protectedBy ? ` in ${protectedBy}` : ''
  if (pin.tag === undefined) {
    if (!pin.noTagMeansLatest) return
    const message = `${where}: ${shown} has no tag, so it runs latest${inEnv}`
    sink.add('DP002', file, pin.tagLine, message, { severity, object: where })
  } else if (pin.tag === 'latest') {
    sink.add('DP002', file, pin.tagLine, `${where}: ${shown} uses the latest tag${inEnv}`, {
      severity,
      object: where
    })
  } else if (protectedBy) {
    const message = `${where}: ${shown} is pinned by tag only, without a digest, in ${protectedBy}`
    sink.add('DP001', file, pin.tagLine, message, { object: where })
  }
}

function checkRegistry(use: ImageUse, ref: ImageReference, scope: ImageScope): void {
  if (scope.allowed.length === 0 || scope.allowed.includes(ref.domain)) return
  const message =
    `${use.where}: ${ref.repository} is in registry ${ref.domain}, which is not in the ` +
    `allow-list (${scope.allowed.join(', ')})`
  scope.sink.add('DP003', scope.file, use.nameLine, message, { object: use.where })
}
