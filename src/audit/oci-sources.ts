/**
 * Flux `OCIRepository` sources and the alias environments that govern them: DP011 (a source
 * that follows a floating tag no alias environment governs) and DP012 (a protected alias
 * environment's source that does not verify signatures).
 *
 * Flux picks `spec.ref.digest` over `spec.ref.semver` over `spec.ref.tag`, and follows
 * `latest` when `spec.ref` names none of them; only the last two follow a tag that can move.
 */
import semver from 'semver'
import type { DocHeader } from './image-uses.js'
import type { FindingSink } from './findings.js'
import { childAt, pairOf, textAt, textOf, type LineMap } from './nodes.js'

const SOURCE_GROUP = 'source.toolkit.fluxcd.io/'
const OCI_PREFIX = 'oci://'

/** An environment that is a floating tag in a registry (promotion.yaml `alias`). */
export interface AliasEnvironment {
  /** Environment name. */
  name: string
  /** Repository, e.g. `ghcr.io/acme/app-manifests`. */
  repository: string
  /** The floating tag, e.g. `production`. */
  tag: string
  /** Whether the environment is protected. */
  protected: boolean
}

/** An OCIRepository as written, with the lines the rules point at. */
export interface OciSourceFact {
  /** File relative to the audited root. */
  file: string
  /** `<namespace>/<name>`. */
  id: string
  /** `spec.url`, when set. */
  url?: string
  /** The tag Flux follows: `spec.ref.tag`, or `latest` when ref names nothing; else undefined. */
  tag?: string
  /** Whether `spec.ref.tag` was absent and Flux falls back to `latest`. */
  implicitTag: boolean
  /** Line of `spec.ref.tag`, else `spec.ref`, else `spec`, else `metadata.name`. */
  refLine: number
  /** `spec.verify.provider` (Flux's default is cosign) when `spec.verify` is set. */
  verifyProvider?: string
  /** Line of `spec.verify`, else `spec`, else `metadata.name`. */
  verifyLine: number
}

/** Whether a document is a source.toolkit.fluxcd.io OCIRepository (any served version). */
export function isOciRepository(h: DocHeader): boolean {
  return h.kind === 'OCIRepository' && h.apiVersion.startsWith(SOURCE_GROUP)
}

/** Reads an OCIRepository document. */
export function ociSourceFact(
  root: unknown,
  h: DocHeader,
  file: string,
  lines: LineMap
): OciSourceFact {
  const spec = pairOf(root, 'spec')
  const ref = pairOf(spec?.value, 'ref')
  const tagPair = pairOf(ref?.value, 'tag')
  const pinned =
    textAt(ref?.value, 'digest') !== undefined || textAt(ref?.value, 'semver') !== undefined
  const tag = pinned ? undefined : (textOf(tagPair?.value) ?? 'latest')
  const verify = pairOf(spec?.value, 'verify')
  const nameLine = lines.of(pairOf(childAt(root, 'metadata'), 'name') ?? root)
  const fact: OciSourceFact = {
    file,
    id: h.id,
    implicitTag: !pinned && tagPair === undefined,
    refLine: tagPair || ref || spec ? lines.of(tagPair ?? ref ?? spec) : nameLine,
    verifyLine: verify || spec ? lines.of(verify ?? spec) : nameLine
  }
  const url = textAt(spec?.value, 'url')
  if (url !== undefined) fact.url = url
  if (tag !== undefined) fact.tag = tag
  if (verify) fact.verifyProvider = textAt(verify.value, 'provider') ?? 'cosign'
  return fact
}

/** A tag that names a version (semver, optionally with a `v`), not an environment. */
function isVersionTag(tag: string): boolean {
  return semver.valid(tag, { loose: true }) !== null
}

/** `oci://<repository>` the way promotion.yaml's alias would be written in a source's url. */
function urlOf(repository: string): string {
  return `${OCI_PREFIX}${repository}`.toLowerCase()
}

const sameUrl = (url: string, repository: string): boolean =>
  url.replace(/\/+$/, '').toLowerCase() === urlOf(repository)

/** What the OCI source rules need besides the facts. */
export interface OciRuleContext {
  /** Where findings go. */
  sink: FindingSink
  /** Alias environments from promotion.yaml; empty without one. */
  aliases: readonly AliasEnvironment[]
  /** Why a file is protected, or `undefined`. */
  protectedBy(file: string): string | undefined
}

/** Runs DP011 and DP012. */
export function checkOciSources(sources: readonly OciSourceFact[], ctx: OciRuleContext): void {
  for (const source of sources) {
    if (source.url === undefined || source.tag === undefined) continue
    const { url, tag } = source
    const governing = ctx.aliases.find(a => a.tag === tag && sameUrl(url, a.repository))
    if (governing) {
      checkVerified(source, governing, ctx.sink)
      continue
    }
    if (!source.implicitTag && isVersionTag(tag)) continue
    const where = ctx.protectedBy(source.file)
    const follows = source.implicitTag
      ? "names no ref, so it follows the floating tag 'latest'"
      : `follows the floating tag '${tag}'`
    const message =
      `OCIRepository ${source.id} ${follows} of ${url}, which no alias environment in ` +
      `promotion.yaml governs${where ? ` (in ${where})` : ''}`
    ctx.sink.add('DP011', source.file, source.refLine, message, {
      severity: where ? 'error' : 'warning'
    })
  }
}

/** DP012 for a source an alias environment governs. */
function checkVerified(source: OciSourceFact, env: AliasEnvironment, sink: FindingSink): void {
  if (!env.protected || source.verifyProvider === 'cosign') return
  const why =
    source.verifyProvider === undefined
      ? 'has no spec.verify, so the cluster applies whatever the tag points at, signed or not'
      : `verifies with ${source.verifyProvider}, while promotions are signed with cosign`
  const message =
    `OCIRepository ${source.id} follows the alias of protected environment '${env.name}' ` +
    `(${env.repository}:${env.tag}) and ${why}`
  sink.add('DP012', source.file, source.verifyLine, message)
}
