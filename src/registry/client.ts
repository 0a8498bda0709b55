import { createHash } from 'node:crypto'
import { Transform, pipeline } from 'node:stream'
import type { Logger } from '../logger.js'
import { RegistryError } from './errors.js'
import type { Keychain } from './keychain.js'
import { RegistryMemory } from './memory.js'
import { MANIFEST_ACCEPT, MediaType, type Descriptor, type ManifestContent } from './media-types.js'
import { parseDigest, type ImageReference } from './reference.js'
import { Transport, type RegistryResponse, type RetryPolicy } from './transport.js'

/** A manifest exactly as the registry served it. */
export interface Manifest {
  /** The raw bytes: hashed, stored and re-sent, never re-serialised. */
  bytes: Buffer
  mediaType: string
  digest: string
}

/** Settings shared by every registry the client talks to. */
export interface RegistryClientOptions {
  keychain: Keychain
  logger: Logger
  /** Registries (reference domains) reached over plain HTTP; loopback always is. */
  insecureRegistries?: string[]
  retry?: RetryPolicy
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/
/** Cap on `tags/list` pages, so a hostile registry cannot keep us paging forever. */
const MAX_TAG_PAGES = 1000
/** Manifests larger than this are refused (the distribution spec suggests 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
/** Blobs up to this size are offered in the POST that opens the upload (distribution-spec "single POST"). */
const SINGLE_POST_BYTES = 64 * 1024

/** Hashes `bytes` with the algorithm named by `digest` and says whether they match. */
export function digestMatches(bytes: Buffer, digest: string): boolean {
  const { algorithm, hex } = parseDigest(digest)
  return createHash(algorithm).update(bytes).digest('hex') === hex
}

/** The sha256 digest of `bytes`. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/**
 * The OCI distribution API (distribution-spec v1.1) over {@link Transport}:
 * manifests, tags, blobs and referrers, with every fetched manifest checked
 * against the digest it is supposed to have.
 */
export class RegistryClient {
  private readonly opts: RegistryClientOptions
  private readonly transports = new Map<string, Transport>()
  /** What this client learned from the registries so far, so it does not ask twice. */
  readonly memory = new RegistryMemory()

  constructor(opts: RegistryClientOptions) {
    this.opts = opts
  }

  /** The transport for the registry of `ref`, one per registry for the client's lifetime. */
  transport(ref: ImageReference): Transport {
    const host = ref.registryHost()
    let t = this.transports.get(host)
    if (!t) {
      const insecure =
        LOOPBACK.test(ref.domain) || (this.opts.insecureRegistries ?? []).includes(ref.domain)
      t = new Transport({
        host,
        insecure,
        credential: async () => {
          const found = await this.opts.keychain.resolve(ref.domain, ref.path)
          if (found) this.opts.logger.debug(`credentials for ${ref.domain} from ${found.source}`)
          return found?.credential
        },
        logger: this.opts.logger,
        retry: this.opts.retry,
        sleep: this.opts.sleep,
        random: this.opts.random
      })
      this.transports.set(host, t)
    }
    return t
  }

  /**
   * Resolves a tag or digest with HEAD; `undefined` when the registry has no such
   * manifest. Falls back to GET when the registry omits `Docker-Content-Digest`.
   */
  async head(ref: ImageReference, opts: { push?: boolean } = {}): Promise<Descriptor | undefined> {
    const res = await this.transport(ref).send({
      method: 'HEAD',
      path: manifestPath(ref),
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [scope(ref, opts.push)]
    })
    if (res.status === 404) return undefined
    if (res.status !== 200)
      throw this.transport(ref).errorFor(
        { method: 'HEAD', path: manifestPath(ref), scopes: [scope(ref, opts.push)] },
        res
      )
    const digest = res.headers['docker-content-digest']
    const mediaType = (res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
    if (!digest) {
      const m = await this.get(ref, opts)
      return { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length }
    }
    const found = { mediaType, digest, size: Number(res.headers['content-length'] ?? 0) }
    this.memory.rememberManifest(ref, found)
    return found
  }

  /**
   * Fetches a manifest's raw bytes. By digest, the bytes must hash to it; by tag,
   * they must hash to the registry's `Docker-Content-Digest` answer.
   */
  async get(ref: ImageReference, opts: { push?: boolean } = {}): Promise<Manifest> {
    return (await this.fetchManifest(ref, opts, false))!
  }

  /** Like {@link get}, but `undefined` when the registry has no such manifest (404), in one GET. */
  async find(ref: ImageReference, opts: { push?: boolean } = {}): Promise<Manifest | undefined> {
    return this.fetchManifest(ref, opts, true)
  }

  private async fetchManifest(
    ref: ImageReference,
    opts: { push?: boolean },
    missingOk: boolean
  ): Promise<Manifest | undefined> {
    const known = ref.digest ? this.memory.manifestBytes(ref, ref.digest) : undefined
    if (known) return { ...known }
    const req = {
      method: 'GET' as const,
      path: manifestPath(ref),
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [scope(ref, opts.push)]
    }
    const res = await this.transport(ref).expect(req, missingOk ? [200, 404] : [200])
    if (res.status === 404) return undefined
    const url = this.transport(ref).redact(req.path)
    if (res.body.length > MAX_MANIFEST_BYTES) {
      throw new RegistryError({
        status: 200,
        method: 'GET',
        url,
        detail: `manifest is larger than ${MAX_MANIFEST_BYTES} bytes`,
        temporary: false
      })
    }
    const expected = ref.digest ?? res.headers['docker-content-digest'] ?? sha256Digest(res.body)
    if (!digestMatches(res.body, expected)) {
      throw new RegistryError({
        status: 200,
        method: 'GET',
        url,
        detail: `manifest bytes do not hash to ${expected}`,
        advice: 'the registry or a proxy altered the manifest; nothing was written',
        temporary: false
      })
    }
    const manifest = { bytes: res.body, mediaType: contentType(res, res.body), digest: expected }
    this.memory.rememberManifest(ref, describe(manifest))
    this.memory.rememberManifestBytes(ref, manifest)
    return manifest
  }

  /**
   * PUTs `manifest` unchanged under `reference` (a tag or its digest) in the
   * repository of `repo`, and checks the registry's digest answer.
   */
  async put(repo: ImageReference, reference: string, manifest: Manifest): Promise<string> {
    return (await this.push(repo, reference, manifest)).digest
  }

  /**
   * {@link put}, also returning the registry's `OCI-Subject` answer: a registry with the
   * referrers API names the subject it indexed the manifest under (distribution-spec v1.1).
   */
  async push(
    repo: ImageReference,
    reference: string,
    manifest: Manifest
  ): Promise<{ digest: string; indexedSubject?: string }> {
    const path = `/v2/${repo.path}/manifests/${reference}`
    const res = await this.transport(repo).expect(
      {
        method: 'PUT',
        path,
        headers: { 'content-type': manifest.mediaType },
        body: manifest.bytes,
        scopes: [scope(repo, true)]
      },
      [201, 200]
    )
    const answered = res.headers['docker-content-digest']
    if (answered && answered !== manifest.digest) {
      throw new RegistryError({
        status: res.status,
        method: 'PUT',
        url: this.transport(repo).redact(path),
        detail: `registry answered digest ${answered}, expected ${manifest.digest}`,
        advice: 'the registry changed the manifest; check it for conversion features',
        temporary: false
      })
    }
    this.memory.rememberManifest(repo, describe(manifest))
    return { digest: manifest.digest, indexedSubject: res.headers['oci-subject'] }
  }

  /** Every tag of the repository, following `Link` pagination (bounded). */
  async listTags(repo: ImageReference): Promise<string[]> {
    const tags: string[] = []
    let path: string | undefined = `/v2/${repo.path}/tags/list?n=1000`
    for (let page = 0; path && page < MAX_TAG_PAGES; page++) {
      const res: RegistryResponse = await this.transport(repo).expect(
        { method: 'GET', path, scopes: [scope(repo)] },
        [200]
      )
      const body = JSON.parse(res.body.toString()) as { tags?: string[] | null }
      tags.push(...(body.tags ?? []))
      path = nextLink(res.headers.link)
    }
    return tags
  }

  /** Whether the repository of `repo` holds the blob. */
  async hasBlob(repo: ImageReference, digest: string, push = false): Promise<boolean> {
    const path = `/v2/${repo.path}/blobs/${digest}`
    const res = await this.transport(repo).send({
      method: 'HEAD',
      path,
      scopes: [scope(repo, push)]
    })
    if (res.status === 200) this.memory.rememberBlob(repo, digest)
    if (res.status === 200) return true
    if (res.status === 404) return false
    throw this.transport(repo).errorFor({ method: 'HEAD', path, scopes: [scope(repo, push)] }, res)
  }

  /** Mounts a blob from another repository of the same registry; false if the registry declined. */
  async mountBlob(to: ImageReference, from: ImageReference, digest: string): Promise<boolean> {
    const path = `/v2/${to.path}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.path)}`
    const scopes = [scope(to, true), scope(from)]
    const res = await this.transport(to).expect({ method: 'POST', path, scopes }, [201, 202])
    if (res.status === 201) {
      this.memory.rememberBlob(to, digest)
      return true
    }
    // 202 opened an upload session instead; close it rather than leave it dangling.
    const location = res.headers.location
    if (location)
      await this.transport(to).send({
        method: 'DELETE',
        path: absolute(this.transport(to), location),
        scopes
      })
    return false
  }

  /**
   * Opens an upload session and returns the URL to PUT the blob to, digest included. With
   * `offer`, the blob goes along in the POST itself; a registry that takes it that way answers
   * 201 and there is nothing left to PUT (`undefined`), one that does not opens a session.
   */
  private async startUpload(
    repo: ImageReference,
    digest: string,
    offer?: Buffer
  ): Promise<URL | undefined> {
    const t = this.transport(repo)
    const path = `/v2/${repo.path}/blobs/uploads/`
    const scopes = [scope(repo, true)]
    let started: RegistryResponse | undefined
    if (offer) {
      const headers = { 'content-type': 'application/octet-stream' }
      const single = `${path}?digest=${encodeURIComponent(digest)}`
      started = await t.send({ method: 'POST', path: single, headers, body: offer, scopes })
      if (started.status === 201) return undefined
      if (started.status !== 202) started = undefined
    }
    started ??= await t.expect({ method: 'POST', path, scopes }, [202])
    const location = started.headers.location
    if (!location) {
      throw new RegistryError({
        status: 202,
        method: 'POST',
        url: t.redact(path),
        detail: 'no upload Location',
        temporary: false
      })
    }
    const url = new URL(absolute(t, location))
    url.searchParams.set('digest', digest)
    return url
  }

  /**
   * Uploads a blob: a small one in the POST that opens the upload where the registry takes it
   * so, otherwise (and for a large one) POST, then one PUT with the digest.
   */
  async uploadBlob(repo: ImageReference, digest: string, bytes: Buffer): Promise<void> {
    const offer = bytes.length <= SINGLE_POST_BYTES ? bytes : undefined
    const url = await this.startUpload(repo, digest, offer)
    if (url) {
      const headers = { 'content-type': 'application/octet-stream' }
      const req = { method: 'PUT' as const, path: url.toString(), headers, body: bytes }
      await this.transport(repo).expect({ ...req, scopes: [scope(repo, true)] }, [201])
    }
    this.memory.rememberBlob(repo, digest)
  }

  /** Downloads a blob and checks it hashes to its digest. */
  async getBlob(repo: ImageReference, digest: string): Promise<Buffer> {
    const path = `/v2/${repo.path}/blobs/${digest}`
    const res = await this.transport(repo).expect(
      { method: 'GET', path, scopes: [scope(repo)] },
      [200]
    )
    if (!digestMatches(res.body, digest)) {
      throw new RegistryError({
        status: 200,
        method: 'GET',
        url: this.transport(repo).redact(path),
        detail: `blob does not hash to ${digest}`,
        temporary: false
      })
    }
    return res.body
  }

  /**
   * Streams a blob from one registry into another without holding it in memory:
   * GET piped into a monolithic upload PUT, hashed on the way through so a blob
   * that does not match its digest is refused (the registry checks it as well).
   * A cut connection or a temporary failure restarts the copy with a fresh upload
   * session, since a streamed body cannot be re-sent.
   */
  async copyBlob(
    from: ImageReference,
    to: ImageReference,
    blob: { digest: string; size: number }
  ): Promise<void> {
    const get = { method: 'GET' as const, path: `/v2/${from.path}/blobs/${blob.digest}` }
    await this.transport(from).retrying({ ...get, scopes: [scope(from)] }, () =>
      this.copyBlobOnce(from, to, blob)
    )
    this.memory.rememberBlob(to, blob.digest)
  }

  private async copyBlobOnce(
    from: ImageReference,
    to: ImageReference,
    blob: { digest: string; size: number }
  ): Promise<void> {
    const getReq = { method: 'GET' as const, path: `/v2/${from.path}/blobs/${blob.digest}` }
    const source = this.transport(from)
    const url = (await this.startUpload(to, blob.digest))!
    const res = await source.send({ ...getReq, scopes: [scope(from)], streamResponse: true })
    if (res.status !== 200 || !res.stream)
      throw source.errorFor({ ...getReq, scopes: [scope(from)] }, res)
    const { algorithm, hex } = parseDigest(blob.digest)
    const hash = createHash(algorithm)
    const hashed = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        done(null, chunk)
      }
    })
    // A reset of the source is reported as the GET's failure, not as the upload's echo of it;
    // when the upload fails first, the source is torn down with it and its error is ignored.
    let cut: unknown
    res.stream.once('error', err => {
      if (!hashed.destroyed) cut ??= err
    })
    pipeline(res.stream, hashed, () => undefined)
    const headers = {
      'content-type': 'application/octet-stream',
      'content-length': String(blob.size)
    }
    const scopes = [scope(to, true)]
    try {
      await this.transport(to).expect(
        { method: 'PUT', path: url.toString(), headers, stream: hashed, scopes },
        [201]
      )
    } catch (err) {
      throw cut ?? err
    }
    if (hash.digest('hex') !== hex) {
      throw new RegistryError({
        status: 201,
        method: 'GET',
        url: source.redact(getReq.path),
        detail: `blob does not hash to ${blob.digest}`,
        temporary: false
      })
    }
  }

  /**
   * Descriptors of manifests whose `subject` is `digest`: the referrers API, or
   * the referrers tag schema (`<alg>-<hex>`) where the registry lacks it.
   */
  async referrers(repo: ImageReference, digest: string): Promise<Descriptor[]> {
    if (!this.memory.lacksReferrersApi(repo)) {
      const path = `/v2/${repo.path}/referrers/${digest}`
      const res = await this.transport(repo).send({
        method: 'GET',
        path,
        headers: { accept: MediaType.ociIndex },
        scopes: [scope(repo)]
      })
      const type = res.headers['content-type'] ?? ''
      if (res.status === 200 && type.includes(MediaType.ociIndex)) {
        return (JSON.parse(res.body.toString()) as ManifestContent).manifests ?? []
      }
      if (res.status !== 404 && res.status !== 200)
        throw this.transport(repo).errorFor({ method: 'GET', path, scopes: [scope(repo)] }, res)
      this.memory.rememberNoReferrersApi(repo)
    }
    const index = await this.find(repo.withoutTag().withTag(referrersTag(digest)))
    return index ? ((JSON.parse(index.bytes.toString()) as ManifestContent).manifests ?? []) : []
  }
}

/** The referrers tag schema's tag for a digest (distribution-spec §referrers-tag-schema). */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

function scope(ref: ImageReference, push = false): string {
  return `repository:${ref.path}:${push ? 'pull,push' : 'pull'}`
}

function manifestPath(ref: ImageReference): string {
  const reference = ref.digest ?? ref.tag
  if (!reference) throw new Error(`reference ${ref.familiar} has neither tag nor digest`)
  return `/v2/${ref.path}/manifests/${reference}`
}

function describe(manifest: Manifest): Descriptor {
  return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
}

function contentType(res: RegistryResponse, body: Buffer): string {
  const header = (res.headers['content-type'] ?? '').split(';')[0]?.trim()
  if (header && header !== 'application/json') return header
  // Some registries answer application/json; the manifest's own mediaType is then the truth.
  const declared = (JSON.parse(body.toString()) as ManifestContent).mediaType
  return declared ?? MediaType.ociManifest
}

function nextLink(link: string | undefined): string | undefined {
  const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null
  return match?.[1]
}

function absolute(t: Transport, location: string): string {
  return new URL(location, t.baseUrl).toString()
}
