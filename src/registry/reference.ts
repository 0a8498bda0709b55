/**
 * The one parser for container image references.
 *
 * Semantics follow github.com/distribution/reference (`ParseNormalizedNamed`, `WithTag`,
 * `WithDigest`, `FamiliarString`), which is what `docker pull` and most registries' clients use:
 *
 * ```
 * reference      := name [ ":" tag ] [ "@" digest ]
 * name           := [ domain "/" ] path
 * domain         := host [ ":" port ]
 * host           := domain-name | IPv4 | "[" IPv6 "]"
 * path           := path-component ( "/" path-component )*
 * path-component := [a-z0-9]+ ( separator [a-z0-9]+ )*
 * separator      := "." | "_" | "__" | "-"+
 * tag            := [\w][\w.-]{0,127}
 * ```
 *
 * Digests follow the OCI image-spec descriptor grammar and its registered algorithms
 * (image-spec `descriptor.md`, "Digests" and "Registered algorithms").
 *
 * Call sites never slice reference strings: they parse into an {@link ImageReference} and read
 * its fields, so every part of the product agrees on what a reference means.
 *
 * @module
 */

import { PromoteError } from '../errors.js'
import { echo } from '../util/text.js'

/** Domain that names Docker Hub in normalized references. */
export const DEFAULT_DOMAIN = 'docker.io'

/** Docker Hub's legacy "Docker Index" domain; rewritten to {@link DEFAULT_DOMAIN}. */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'

/**
 * Host that actually serves Docker Hub's registry API: `docker.io` is only a naming convention
 * and does not answer `/v2/` itself.
 */
export const DOCKER_HUB_REGISTRY_HOST = 'registry-1.docker.io'

/** Namespace of Docker Hub's official images, implied when a Hub path has a single component. */
export const OFFICIAL_REPO_PREFIX = 'library/'

/**
 * Longest repository path accepted, in characters. distribution measures the path only, without
 * the domain (distribution/reference `RepositoryNameTotalLengthMax`, after "Exclude domain from
 * name length check").
 */
export const MAX_PATH_LENGTH = 255

/** Longest tag accepted, in characters: one leading character plus at most 127 more. */
export const MAX_TAG_LENGTH = 128

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`
// IPv6 literals are bracketed as in RFC 3986's Host; like distribution, only the character set
// is checked, and zone identifiers (RFC 6874) are left out.
const IPV6_ADDRESS = '\\[[a-fA-F0-9:]+\\]'
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'

/**
 * A registry domain: a DNS-like name, IPv4 address or bracketed IPv6 address, with an optional
 * port. Uppercase is allowed here (distribution's `domainNameComponent`), unlike in paths.
 */
export const DOMAIN_REGEXP = new RegExp(`^${DOMAIN_AND_PORT}$`)

/** One `/`-separated component of a repository path. */
export const PATH_COMPONENT_REGEXP = new RegExp(`^${PATH_COMPONENT}$`)

/** A whole repository path (without domain), e.g. `library/nginx`. */
export const REPOSITORY_PATH_REGEXP = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)

/** A tag: a word character, then up to 127 word characters, dots or dashes. */
export const TAG_REGEXP = /^\w[\w.-]{0,127}$/

/**
 * The OCI image-spec digest grammar, `algorithm ":" encoded`. Matching it is necessary, not
 * sufficient: the algorithm must also be registered and its encoded part well formed, which
 * {@link parseDigest} checks.
 */
export const DIGEST_REGEXP = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/

/**
 * A bare 64-character lowercase hex string. Docker refuses it as a repository name because it
 * cannot be told apart from an image ID.
 */
export const IDENTIFIER_REGEXP = /^[a-f0-9]{64}$/

/**
 * Encoded-part grammar of each digest algorithm registered by the OCI image-spec
 * (`descriptor.md`, "Registered algorithms"): all three are lowercase hex of a fixed length.
 */
export const DIGEST_ALGORITHMS = Object.freeze({
  sha256: /^[a-f0-9]{64}$/,
  sha512: /^[a-f0-9]{128}$/,
  blake3: /^[a-f0-9]{64}$/
})

/** Number of hex characters in the encoded part, per registered algorithm. */
const DIGEST_HEX_LENGTH: Readonly<Record<DigestAlgorithm, number>> = {
  sha256: 64,
  sha512: 128,
  blake3: 64
}

/** A digest algorithm registered by the OCI image-spec. */
export type DigestAlgorithm = keyof typeof DIGEST_ALGORITHMS

/** A digest split into its parts. */
export interface ParsedDigest {
  /** Registered algorithm, e.g. `sha256`. */
  readonly algorithm: DigestAlgorithm
  /** Encoded part: lowercase hex of the algorithm's length. */
  readonly hex: string
}

/** Options of {@link parseReference}. */
export interface ParseOptions {
  /**
   * Require a tag or a digest. Off by default, where a bare repository name is accepted (as
   * distribution's `ParseNormalizedNamed` does); no implicit `latest` is ever added.
   */
  readonly strict?: boolean
}

/** What an {@link InvalidReferenceError} is about. */
export type InvalidReferenceSubject = 'reference' | 'tag' | 'digest'

/**
 * A reference, tag or digest that does not follow the grammar. The message is one line:
 * `invalid reference "<input>": <reason>`.
 */
export class InvalidReferenceError extends PromoteError {
  /** The refused text, exactly as given. */
  readonly input: string
  /** Why it was refused, without the input (e.g. `repository name must be lowercase`). */
  readonly reason: string
  /** Whether a whole reference, a tag or a digest was refused. */
  readonly subject: InvalidReferenceSubject

  constructor(input: string, reason: string, subject: InvalidReferenceSubject = 'reference') {
    // JSON quoting escapes control characters, so a hostile input cannot break the line; reasons
    // quote the parts they name the same way.
    super(`invalid ${subject} ${echo(input, { style: 'json' })}: ${reason}`)
    this.input = input
    this.reason = reason
    this.subject = subject
  }
}

/** Returns why `digest` is not a valid, registered digest, or `undefined` if it is. */
function digestProblem(digest: string): string | undefined {
  if (digest === '') return 'digest must not be empty'
  if (!DIGEST_REGEXP.test(digest)) return 'digest must be "<algorithm>:<encoded>"'
  const algorithm = digest.slice(0, digest.indexOf(':'))
  if (!Object.hasOwn(DIGEST_ALGORITHMS, algorithm)) {
    // image-spec lets unregistered algorithms pass the grammar, but distribution refuses them
    // (go-digest ErrDigestUnsupported), and nothing here could verify content against them.
    const known = Object.keys(DIGEST_ALGORITHMS).join(', ')
    return `unsupported digest algorithm ${echo(algorithm, { style: 'json' })} (supported: ${known})`
  }
  const alg = algorithm as DigestAlgorithm
  if (!DIGEST_ALGORITHMS[alg].test(digest.slice(algorithm.length + 1))) {
    return `${alg} digest must be ${DIGEST_HEX_LENGTH[alg]} lowercase hexadecimal characters`
  }
  return undefined
}

/** Returns why `tag` is not a valid tag, or `undefined` if it is. */
function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'tag must not be empty'
  if (tag.length > MAX_TAG_LENGTH) {
    return `tag must not be more than ${MAX_TAG_LENGTH} characters (got ${tag.length})`
  }
  if (!TAG_REGEXP.test(tag)) {
    return 'tag must contain only letters, digits, "_", "." and "-", and not start with "." or "-"'
  }
  return undefined
}

/**
 * Splits a name into domain and path the way distribution's `splitDockerDomain` does: the
 * first component is a domain only if it could not be a Docker Hub namespace.
 */
function splitDomain(name: string): { domain: string; path: string; explicit: boolean } {
  const slash = name.indexOf('/')
  if (slash < 0) {
    // A single component is always a Hub official image, even `localhost` or `example.com`
    // (distribution keeps this for compatibility; see its FIXME in splitDockerDomain).
    return { domain: DEFAULT_DOMAIN, path: OFFICIAL_REPO_PREFIX + name, explicit: false }
  }
  const first = name.slice(0, slash)
  const rest = name.slice(slash + 1)
  let domain: string
  let path: string
  let explicit = true
  if (first === LEGACY_DEFAULT_DOMAIN) {
    domain = DEFAULT_DOMAIN
    path = rest
  } else if (looksLikeDomain(first)) {
    domain = first
    path = rest
  } else {
    domain = DEFAULT_DOMAIN
    path = name
    explicit = false
  }
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = OFFICIAL_REPO_PREFIX + path
  return { domain, path, explicit }
}

/**
 * distribution's domain test for a first path component: `localhost`, or anything with a `.`
 * (name, IPv4) or `:` (port, IPv6), or with uppercase letters, which a Hub namespace never has.
 */
function looksLikeDomain(component: string): boolean {
  return (
    component === 'localhost' ||
    component.includes('.') ||
    component.includes(':') ||
    component.toLowerCase() !== component
  )
}

const PATH_COMPONENT_RULE = 'lowercase letters and digits, separated by ".", "_", "__" or dashes'

/** Returns why `path` is not a valid repository path, or `undefined` if it is. */
function pathProblem(path: string): string | undefined {
  // Checked first, as distribution does, so `foo/Bar` gets the helpful message rather than a
  // generic format error.
  if (path.toLowerCase() !== path) return 'repository name must be lowercase'
  for (const component of path.split('/')) {
    if (component === '') return 'repository name must not have empty path components'
    if (!PATH_COMPONENT_REGEXP.test(component)) {
      const quoted = echo(component, { style: 'json' })
      return `repository path component ${quoted} must be ${PATH_COMPONENT_RULE}`
    }
  }
  if (path.length > MAX_PATH_LENGTH) {
    const got = path.length
    return `repository name must not be more than ${MAX_PATH_LENGTH} characters (got ${got})`
  }
  return undefined
}

/**
 * An image reference, parsed and normalized. Immutable: the `with*` methods return new
 * instances. Create one with {@link parseReference}.
 */
export class ImageReference {
  /** Registry domain, normalized (`docker.io` for Docker Hub), e.g. `ghcr.io`, `[::1]:5000`. */
  readonly domain: string
  /** Repository path without the domain, e.g. `library/nginx`, `acme/app`. */
  readonly path: string
  /** Tag, when the reference has one. */
  readonly tag?: string
  /** Digest (`algorithm:hex`), when the reference has one. */
  readonly digest?: string

  private constructor(domain: string, path: string, tag?: string, digest?: string) {
    this.domain = domain
    this.path = path
    this.tag = tag
    this.digest = digest
    Object.freeze(this)
  }

  /**
   * Parses `input`; see {@link parseReference}.
   *
   * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
   */
  static parse(input: string, opts: ParseOptions = {}): ImageReference {
    const fail = (reason: string): never => {
      throw new InvalidReferenceError(input, reason)
    }
    if (input === '') fail('reference must not be empty')
    if (IDENTIFIER_REGEXP.test(input)) {
      // Same refusal as distribution's ParseNormalizedNamed: the string could be an image ID.
      fail('a 64-character hexadecimal string is ambiguous (it may be an image ID)')
    }

    // Neither a path, a tag nor a digest may contain `@`, so the first one starts the digest.
    let rest = input
    let digest: string | undefined
    const at = rest.indexOf('@')
    if (at >= 0) {
      digest = rest.slice(at + 1)
      rest = rest.slice(0, at)
    }
    // In a name, `:` only appears in the domain (port, IPv6 literal), before the first `/`; so a
    // colon after the last `/`, or in a single-component name, starts the tag.
    let tag: string | undefined
    const colon = rest.lastIndexOf(':')
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.slice(colon + 1)
      rest = rest.slice(0, colon)
    }

    if (rest === '') fail('repository name must not be empty')
    // `app:v1:bad`: the last `:` split off `bad`, leaving `app:v1` as a path component that the
    // path rule would call "not lowercase". Say what is wrong: a second `:`. An IPv6 literal
    // without a path (`[::1]:5000`) is left to the path rule.
    const last = rest.slice(rest.lastIndexOf('/') + 1)
    if (last.includes(':') && !last.startsWith('[')) {
      const quoted = echo(`${last}:${tag ?? ''}`, { style: 'json' })
      fail(
        `${quoted} has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"`
      )
    }
    const { domain, path, explicit } = splitDomain(rest)
    if (explicit && !DOMAIN_REGEXP.test(domain)) {
      const quoted = echo(domain, { style: 'json' })
      fail(`registry domain ${quoted} must be a host name or IP address with optional port`)
    }
    const badPath = pathProblem(path)
    if (badPath !== undefined) fail(badPath)
    const badTag = tag === undefined ? undefined : tagProblem(tag)
    if (badTag !== undefined) fail(badTag)
    const badDigest = digest === undefined ? undefined : digestProblem(digest)
    if (badDigest !== undefined) fail(badDigest)
    if (opts.strict === true && tag === undefined && digest === undefined) {
      fail('a tag or a digest is required')
    }
    return new ImageReference(domain, path, tag, digest)
  }

  /** `domain/path`, e.g. `docker.io/library/nginx`. */
  get repository(): string {
    return `${this.domain}/${this.path}`
  }

  /**
   * The repository in familiar form, as Docker prints it: `nginx`, `acme/app`,
   * `ghcr.io/acme/app`.
   */
  get name(): string {
    if (this.domain !== DEFAULT_DOMAIN) return this.repository
    const slash = this.path.indexOf('/')
    // A Hub path whose first component would read back as a domain (`localhost/x`, `a.b/x`)
    // keeps `docker.io/`, so the familiar form always parses back to this reference.
    // distribution's familiarizeName drops it anyway; here round-tripping wins.
    if (slash >= 0 && looksLikeDomain(this.path.slice(0, slash))) return this.repository
    if (this.path.startsWith(OFFICIAL_REPO_PREFIX)) {
      const official = this.path.slice(OFFICIAL_REPO_PREFIX.length)
      // Only a single-component remainder is an official image (distribution familiarizeName).
      // A bare 64-hex remainder keeps `library/`: alone it would be refused as an image ID.
      if (!official.includes('/') && !IDENTIFIER_REGEXP.test(official)) return official
    }
    return this.path
  }

  /** Full form with domain, tag and digest: `docker.io/library/nginx:1.2`. */
  get normalized(): string {
    return this.repository + this.suffix()
  }

  /** Short form as Docker prints it: `nginx:1.2`, `acme/app@sha256:…`, `ghcr.io/acme/app:1`. */
  get familiar(): string {
    return this.name + this.suffix()
  }

  /** The normalized form. */
  toString(): string {
    return this.normalized
  }

  /**
   * The host to send registry HTTP API requests to (with port, if any): `registry-1.docker.io`
   * for Docker Hub, the domain otherwise.
   */
  registryHost(): string {
    return this.domain === DEFAULT_DOMAIN ? DOCKER_HUB_REGISTRY_HOST : this.domain
  }

  /**
   * This reference with `tag` as its tag; a digest is kept, as distribution's `WithTag` does.
   *
   * @throws {@link InvalidReferenceError} when `tag` is not a valid tag.
   */
  withTag(tag: string): ImageReference {
    const problem = tagProblem(tag)
    if (problem !== undefined) throw new InvalidReferenceError(tag, problem, 'tag')
    return new ImageReference(this.domain, this.path, tag, this.digest)
  }

  /**
   * This reference pinned to `digest`; a tag is kept, as distribution's `WithDigest` does.
   *
   * @throws {@link InvalidReferenceError} when `digest` is not a valid, registered digest.
   */
  withDigest(digest: string): ImageReference {
    const problem = digestProblem(digest)
    if (problem !== undefined) throw new InvalidReferenceError(digest, problem, 'digest')
    return new ImageReference(this.domain, this.path, this.tag, digest)
  }

  /** This reference without its tag; a digest is kept. */
  withoutTag(): ImageReference {
    return new ImageReference(this.domain, this.path, undefined, this.digest)
  }

  private suffix(): string {
    return (
      (this.tag === undefined ? '' : `:${this.tag}`) +
      (this.digest === undefined ? '' : `@${this.digest}`)
    )
  }
}

/**
 * Parses an image reference (`name[:tag][@digest]`) the way distribution's
 * `ParseNormalizedNamed` does: a missing domain means Docker Hub (`docker.io`), a single-
 * component Hub path gets `library/`, and `index.docker.io` becomes `docker.io`.
 *
 * @param input - the reference, untrimmed.
 * @param opts - `strict: true` requires a tag or a digest.
 * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
 */
export function parseReference(input: string, opts?: ParseOptions): ImageReference {
  return ImageReference.parse(input, opts)
}

/**
 * Splits a digest into algorithm and hex.
 *
 * @throws {@link InvalidReferenceError} (subject `digest`) when `s` does not follow the OCI
 * grammar, names an unregistered algorithm or has a malformed encoded part.
 */
export function parseDigest(s: string): ParsedDigest {
  const problem = digestProblem(s)
  if (problem !== undefined) throw new InvalidReferenceError(s, problem, 'digest')
  const colon = s.indexOf(':')
  return Object.freeze({ algorithm: s.slice(0, colon) as DigestAlgorithm, hex: s.slice(colon + 1) })
}

/** Whether `s` is a valid digest with a registered algorithm (e.g. `sha256:<64 hex>`). */
export function isDigest(s: string): boolean {
  return digestProblem(s) === undefined
}

/** Whether `s` is a valid tag. */
export function isValidTag(s: string): boolean {
  return tagProblem(s) === undefined
}

/** {@link referenceToJson} for a valid reference. */
export interface ValidReferenceJson {
  /** Discriminant. */
  readonly valid: true
  /** See {@link ImageReference.domain}. */
  readonly domain: string
  /** See {@link ImageReference.path}. */
  readonly path: string
  /** Tag, or `null` when absent. */
  readonly tag: string | null
  /** Digest, or `null` when absent. */
  readonly digest: string | null
  /** See {@link ImageReference.familiar}. */
  readonly familiar: string
  /** See {@link ImageReference.normalized}. */
  readonly normalized: string
}

/** {@link referenceToJson} for an invalid reference. */
export interface InvalidReferenceJson {
  /** Discriminant. */
  readonly valid: false
  /** The one-line error message. */
  readonly error: string
}

/** Result of {@link referenceToJson}. */
export type ReferenceJson = ValidReferenceJson | InvalidReferenceJson

/**
 * Parses `input` into a JSON-ready object, for the CLI `ref` tool: never throws for an invalid
 * reference, and uses `null` (not a missing key) for an absent tag or digest so the output
 * shape is fixed.
 */
export function referenceToJson(input: string, opts?: ParseOptions): ReferenceJson {
  let ref: ImageReference
  try {
    ref = parseReference(input, opts)
  } catch (err) {
    if (err instanceof InvalidReferenceError) return { valid: false, error: err.message }
    throw err
  }
  return {
    valid: true,
    domain: ref.domain,
    path: ref.path,
    tag: ref.tag ?? null,
    digest: ref.digest ?? null,
    familiar: ref.familiar,
    normalized: ref.normalized
  }
}
