import { describe, it, expect } from 'vitest'
import {
  DIGEST_REGEXP,
  DOMAIN_REGEXP,
  IDENTIFIER_REGEXP,
  ImageReference,
  InvalidReferenceError,
  PATH_COMPONENT_REGEXP,
  REPOSITORY_PATH_REGEXP,
  TAG_REGEXP,
  isDigest,
  isValidTag,
  parseDigest,
  parseReference,
  referenceToJson
} from '../../src/registry/reference.js'
import { PromoteError } from '../../src/errors.js'

// sha256("test") and sha512("test"): real digests, so the fixtures look like what registries send.
const HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
const SHA256 = `sha256:${HEX}`
const SHA512 =
  'sha512:ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db2' +
  '7ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff'

interface Fields {
  domain: string
  path: string
  tag: string | null
  digest: string | null
  familiar: string
  normalized: string
}

interface Case {
  input: string
  strict?: boolean
  /** Expected fields, or the exact error message. */
  want: Fields | string
}

const ok = (
  domain: string,
  path: string,
  tag: string | null,
  digest: string | null,
  familiar: string
): Fields => ({
  domain,
  path,
  tag,
  digest,
  familiar,
  normalized:
    `${domain}/${path}` + (tag === null ? '' : `:${tag}`) + (digest === null ? '' : `@${digest}`)
})

/** Messages echo at most 100 characters of the input, then an ellipsis and its length. */
const shown = (input: string): string =>
  input.length > 100
    ? `${JSON.stringify(`${input.slice(0, 100)}…`)} (${input.length} characters)`
    : JSON.stringify(input)
const err = (input: string, reason: string): string =>
  `invalid reference ${shown(input)}: ${reason}`

const PATH_255 = `${'a'.repeat(100)}/${'b'.repeat(154)}`
const PATH_256 = `${'a'.repeat(100)}/${'b'.repeat(155)}`
const TAG_128 = `v${'1'.repeat(127)}`
const TAG_129 = `v${'1'.repeat(128)}`
const COMPONENT_MSG = 'must be lowercase letters and digits, separated by ".", "_", "__" or dashes'
const TWO_COLONS_MSG =
  'has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"'
const DOMAIN_MSG = 'must be a host name or IP address with optional port'
const TAG_CHARS_MSG =
  'tag must contain only letters, digits, "_", "." and "-", and not start with "." or "-"'

const cases: Case[] = [
  // Docker Hub normalization (distribution splitDockerDomain).
  { input: 'nginx', want: ok('docker.io', 'library/nginx', null, null, 'nginx') },
  { input: 'nginx:1.2', want: ok('docker.io', 'library/nginx', '1.2', null, 'nginx:1.2') },
  { input: 'library/nginx', want: ok('docker.io', 'library/nginx', null, null, 'nginx') },
  { input: 'docker.io/nginx', want: ok('docker.io', 'library/nginx', null, null, 'nginx') },
  {
    input: 'docker.io/library/nginx:1.2',
    want: ok('docker.io', 'library/nginx', '1.2', null, 'nginx:1.2')
  },
  {
    input: 'index.docker.io/library/nginx:latest',
    want: ok('docker.io', 'library/nginx', 'latest', null, 'nginx:latest')
  },
  { input: 'index.docker.io/nginx', want: ok('docker.io', 'library/nginx', null, null, 'nginx') },
  { input: 'foo/bar', want: ok('docker.io', 'foo/bar', null, null, 'foo/bar') },
  {
    input: `foo/bar@${SHA256}`,
    want: ok('docker.io', 'foo/bar', null, SHA256, `foo/bar@${SHA256}`)
  },
  {
    // Only a single-component remainder is an official image (distribution familiarizeName).
    input: 'library/a/b',
    want: ok('docker.io', 'library/a/b', null, null, 'library/a/b')
  },
  {
    // A 64-hex name is fine once a domain or namespace removes the ambiguity with an image ID;
    // its familiar form keeps `library/` so that it still parses.
    input: `docker.io/${HEX}`,
    want: ok('docker.io', `library/${HEX}`, null, null, `library/${HEX}`)
  },

  // Single components never count as a domain, whatever they look like.
  {
    input: 'localhost:5000',
    want: ok('docker.io', 'library/localhost', '5000', null, 'localhost:5000')
  },
  {
    input: '192.168.0.1',
    want: ok('docker.io', 'library/192.168.0.1', null, null, '192.168.0.1')
  },
  // Other registries: domain detection by ".", ":", "localhost" or uppercase.
  { input: 'localhost/app', want: ok('localhost', 'app', null, null, 'localhost/app') },
  {
    input: 'localhost:5000/app:1',
    want: ok('localhost:5000', 'app', '1', null, 'localhost:5000/app:1')
  },
  {
    input: `127.0.0.1:5000/app@${SHA256}`,
    want: ok('127.0.0.1:5000', 'app', null, SHA256, `127.0.0.1:5000/app@${SHA256}`)
  },
  {
    input: 'ghcr.io/acme/app:staging-v1.2.3-abc1234-1700000000',
    want: ok(
      'ghcr.io',
      'acme/app',
      'staging-v1.2.3-abc1234-1700000000',
      null,
      'ghcr.io/acme/app:staging-v1.2.3-abc1234-1700000000'
    )
  },
  { input: 'ghcr.io/app', want: ok('ghcr.io', 'app', null, null, 'ghcr.io/app') },
  { input: 'registry:5000/app', want: ok('registry:5000', 'app', null, null, 'registry:5000/app') },
  {
    input: 'registry.example.com:443/team/sub/app:v2',
    want: ok(
      'registry.example.com:443',
      'team/sub/app',
      'v2',
      null,
      'registry.example.com:443/team/sub/app:v2'
    )
  },
  { input: '[::1]:5000/app:1', want: ok('[::1]:5000', 'app', '1', null, '[::1]:5000/app:1') },
  {
    input: '[fc00:1:2:3:4:5:6:7]/app',
    want: ok('[fc00:1:2:3:4:5:6:7]', 'app', null, null, '[fc00:1:2:3:4:5:6:7]/app')
  },
  { input: 'Foo/bar', want: ok('Foo', 'bar', null, null, 'Foo/bar') },
  {
    input: 'a.b/c_d__e/f-g.h:tag',
    want: ok('a.b', 'c_d__e/f-g.h', 'tag', null, 'a.b/c_d__e/f-g.h:tag')
  },
  { input: 'a.b/c---d', want: ok('a.b', 'c---d', null, null, 'a.b/c---d') },
  // Tags and digests.
  {
    input: `foo:1@${SHA256}`,
    want: ok('docker.io', 'library/foo', '1', SHA256, `foo:1@${SHA256}`)
  },
  {
    input: `ghcr.io/acme/app@${SHA512}`,
    want: ok('ghcr.io', 'acme/app', null, SHA512, `ghcr.io/acme/app@${SHA512}`)
  },
  {
    input: `ghcr.io/acme/app@blake3:${HEX}`,
    want: ok('ghcr.io', 'acme/app', null, `blake3:${HEX}`, `ghcr.io/acme/app@blake3:${HEX}`)
  },
  {
    input: 'app:_Under.score-OK',
    want: ok('docker.io', 'library/app', '_Under.score-OK', null, 'app:_Under.score-OK')
  },
  {
    input: `app:${TAG_128}`,
    want: ok('docker.io', 'library/app', TAG_128, null, `app:${TAG_128}`)
  },
  { input: `${HEX}:1`, want: ok('docker.io', `library/${HEX}`, '1', null, `library/${HEX}:1`) },
  { input: `x.io/${PATH_255}`, want: ok('x.io', PATH_255, null, null, `x.io/${PATH_255}`) },
  // Strict mode.
  { input: 'nginx:1', strict: true, want: ok('docker.io', 'library/nginx', '1', null, 'nginx:1') },
  {
    input: `nginx@${SHA256}`,
    strict: true,
    want: ok('docker.io', 'library/nginx', null, SHA256, `nginx@${SHA256}`)
  },
  { input: 'nginx', strict: true, want: err('nginx', 'a tag or a digest is required') },
  // Errors.
  { input: '', want: err('', 'reference must not be empty') },
  { input: 'Foo', want: err('Foo', 'repository name must be lowercase') },
  { input: 'foo/Bar', want: err('foo/Bar', 'repository name must be lowercase') },
  {
    input: 'ghcr.io/Acme/app:1',
    want: err('ghcr.io/Acme/app:1', 'repository name must be lowercase')
  },
  {
    input: 'foo//bar',
    want: err('foo//bar', 'repository name must not have empty path components')
  },
  { input: 'docker/', want: err('docker/', 'repository name must not have empty path components') },
  { input: 'foo/bar:', want: err('foo/bar:', 'tag must not be empty') },
  { input: ':1', want: err(':1', 'repository name must not be empty') },
  { input: 'foo/bar@', want: err('foo/bar@', 'digest must not be empty') },
  {
    input: 'foo/bar@sha256:short',
    want: err('foo/bar@sha256:short', 'sha256 digest must be 64 lowercase hexadecimal characters')
  },
  {
    input: `foo@sha256:${HEX.toUpperCase()}`,
    want: err(
      `foo@sha256:${HEX.toUpperCase()}`,
      'sha256 digest must be 64 lowercase hexadecimal characters'
    )
  },
  {
    input: `foo@sha512:${HEX}`,
    want: err(`foo@sha512:${HEX}`, 'sha512 digest must be 128 lowercase hexadecimal characters')
  },
  {
    input: `foo@md5:${HEX}`,
    want: err(
      `foo@md5:${HEX}`,
      'unsupported digest algorithm "md5" (supported: sha256, sha512, blake3)'
    )
  },
  { input: `foo@${HEX}`, want: err(`foo@${HEX}`, 'digest must be "<algorithm>:<encoded>"') },
  {
    input: `foo@SHA256:${HEX}`,
    want: err(`foo@SHA256:${HEX}`, 'digest must be "<algorithm>:<encoded>"')
  },
  {
    input: HEX,
    want: err(HEX, 'a 64-character hexadecimal string is ambiguous (it may be an image ID)')
  },
  {
    input: `a/${'b'.repeat(254)}`,
    want: err(
      `a/${'b'.repeat(254)}`,
      'repository name must not be more than 255 characters (got 256)'
    )
  },
  {
    // distribution measures the path only; a single component grows by "library/".
    input: 'a'.repeat(248),
    want: err('a'.repeat(248), 'repository name must not be more than 255 characters (got 256)')
  },
  {
    input: `x.io/${PATH_256}`,
    want: err(`x.io/${PATH_256}`, 'repository name must not be more than 255 characters (got 256)')
  },
  {
    input: `app:${TAG_129}`,
    want: err(`app:${TAG_129}`, 'tag must not be more than 128 characters (got 129)')
  },
  { input: 'app:.hidden', want: err('app:.hidden', TAG_CHARS_MSG) },
  { input: 'app:-x', want: err('app:-x', TAG_CHARS_MSG) },
  { input: 'app:a+b', want: err('app:a+b', TAG_CHARS_MSG) },
  {
    input: '-docker/docker',
    want: err('-docker/docker', `repository path component "-docker" ${COMPONENT_MSG}`)
  },
  {
    input: 'dock..er/docker',
    want: err('dock..er/docker', `registry domain "dock..er" ${DOMAIN_MSG}`)
  },
  {
    input: 'foo/dock..er',
    want: err('foo/dock..er', `repository path component "dock..er" ${COMPONENT_MSG}`)
  },
  {
    input: 'dock_.er/x',
    want: err('dock_.er/x', `registry domain "dock_.er" ${DOMAIN_MSG}`)
  },
  {
    input: '____/____',
    want: err('____/____', `repository path component "____" ${COMPONENT_MSG}`)
  },
  {
    input: 'foo/b___r',
    want: err('foo/b___r', `repository path component "b___r" ${COMPONENT_MSG}`)
  },
  { input: ' nginx', want: err(' nginx', `repository path component " nginx" ${COMPONENT_MSG}`) },
  {
    input: 'https://github.com/docker/docker',
    want: err(
      'https://github.com/docker/docker',
      'registry domain "https:" must be a host name or IP address with optional port'
    )
  },
  {
    input: '-docker.io/docker/docker',
    want: err(
      '-docker.io/docker/docker',
      'registry domain "-docker.io" must be a host name or IP address with optional port'
    )
  },
  {
    input: 'fc00::1:5000/debian',
    want: err(
      'fc00::1:5000/debian',
      'registry domain "fc00::1:5000" must be a host name or IP address with optional port'
    )
  },
  {
    input: '[fe80::1%eth0]:5000/debian',
    want: err(
      '[fe80::1%eth0]:5000/debian',
      'registry domain "[fe80::1%eth0]:5000" must be a host name or IP address with optional port'
    )
  },
  {
    input: '[::1]:5000',
    want: err('[::1]:5000', `repository path component "[::1]" ${COMPONENT_MSG}`)
  },
  {
    input: 'foo/bar:tag/x',
    want: err('foo/bar:tag/x', `repository path component "bar:tag" ${COMPONENT_MSG}`)
  },
  // A second ':' used to be reported as a path component that is not lowercase.
  ...['ghcr.io/acme/app:v1:bad', 'app:v1:bad', 'localhost:5000/app:v1:bad'].map(input => ({
    input,
    want: err(input, `"app:v1:bad" ${TWO_COLONS_MSG}`)
  })),
  {
    input: 'ghcr.io/acme/app::v1@sha256:' + 'a'.repeat(64),
    want: err('ghcr.io/acme/app::v1@sha256:' + 'a'.repeat(64), `"app::v1" ${TWO_COLONS_MSG}`)
  },
  {
    input: 'a\nb',
    want: `invalid reference "a\\nb": repository path component "a\\nb" ${COMPONENT_MSG}`
  }
]

describe('parseReference', () => {
  it('has a table of at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases)('$input (strict: $strict)', ({ input, strict, want }) => {
    if (typeof want === 'string') {
      expect(want).not.toMatch(/[\r\n]/)
      expect(() => parseReference(input, { strict })).toThrow(
        expect.objectContaining({ name: 'InvalidReferenceError', message: want })
      )
      expect(referenceToJson(input, { strict })).toEqual({ valid: false, error: want })
      return
    }
    const ref = parseReference(input, { strict })
    expect({
      domain: ref.domain,
      path: ref.path,
      tag: ref.tag ?? null,
      digest: ref.digest ?? null,
      familiar: ref.familiar,
      normalized: ref.normalized
    }).toEqual(want)
    expect(ref.toString()).toBe(want.normalized)
    expect(ref.repository).toBe(`${want.domain}/${want.path}`)
    expect(referenceToJson(input, { strict })).toEqual({ valid: true, ...want })
    // Both printed forms must read back as the same reference.
    expect(parseReference(ref.normalized).normalized).toBe(want.normalized)
    expect(parseReference(ref.familiar).normalized).toBe(want.normalized)
    expect(parseReference(ref.normalized).familiar).toBe(want.familiar)
  })
})

describe('InvalidReferenceError', () => {
  it('is a PromoteError carrying the input and reason', () => {
    let caught: unknown
    try {
      parseReference('foo/Bar:1')
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(InvalidReferenceError)
    expect(caught).toBeInstanceOf(PromoteError)
    const e = caught as InvalidReferenceError
    expect(e.message).toBe('invalid reference "foo/Bar:1": repository name must be lowercase')
    expect(e.input).toBe('foo/Bar:1')
    expect(e.reason).toBe('repository name must be lowercase')
    expect(e.subject).toBe('reference')
    expect(e.exitCode).toBe(1)
  })
})

describe('ImageReference', () => {
  it('is immutable', () => {
    const ref = parseReference('nginx:1')
    expect(Object.isFrozen(ref)).toBe(true)
    expect(() => {
      ;(ref as { tag?: string }).tag = '2'
    }).toThrow(TypeError)
    expect(ref.tag).toBe('1')
  })

  it('derives new references with withTag, withDigest and withoutTag', () => {
    const ref = parseReference('ghcr.io/acme/app:1')
    const pinned = ref.withDigest(SHA256)
    expect(pinned.normalized).toBe(`ghcr.io/acme/app:1@${SHA256}`)
    expect(pinned.withoutTag().normalized).toBe(`ghcr.io/acme/app@${SHA256}`)
    expect(pinned.withTag('2').normalized).toBe(`ghcr.io/acme/app:2@${SHA256}`)
    expect(ref.withTag('2').normalized).toBe('ghcr.io/acme/app:2')
    expect(ref.withoutTag().normalized).toBe('ghcr.io/acme/app')
    expect(ref.normalized).toBe('ghcr.io/acme/app:1')
    expect(pinned.withoutTag()).toBeInstanceOf(ImageReference)
  })

  it('refuses invalid tags and digests in withTag and withDigest', () => {
    const ref = parseReference('nginx')
    expect(() => ref.withTag('-bad')).toThrow(`invalid tag "-bad": ${TAG_CHARS_MSG}`)
    expect(() => ref.withTag('')).toThrow('invalid tag "": tag must not be empty')
    expect(() => ref.withDigest('sha256:abc')).toThrow(
      'invalid digest "sha256:abc": sha256 digest must be 64 lowercase hexadecimal characters'
    )
  })

  it.each([
    ['nginx', 'nginx', 'registry-1.docker.io'],
    ['docker.io/acme/app:1', 'acme/app', 'registry-1.docker.io'],
    ['index.docker.io/acme/app', 'acme/app', 'registry-1.docker.io'],
    ['ghcr.io/acme/app:1', 'ghcr.io/acme/app', 'ghcr.io'],
    ['localhost:5000/app', 'localhost:5000/app', 'localhost:5000'],
    ['[::1]:5000/app', '[::1]:5000/app', '[::1]:5000']
  ])('%s has name %s and registry host %s', (input, name, host) => {
    const ref = parseReference(input)
    expect(ref.name).toBe(name)
    expect(ref.registryHost()).toBe(host)
  })

  it.each([
    // Hub paths whose first component reads as a domain keep docker.io in the familiar form.
    ['docker.io/localhost/app', 'docker.io/localhost/app'],
    ['docker.io/a.b/app:1', 'docker.io/a.b/app:1'],
    ['docker.io/library/a.b', 'a.b']
  ])('familiar form of %s parses back to it: %s', (input, familiar) => {
    const ref = parseReference(input)
    expect(ref.familiar).toBe(familiar)
    expect(parseReference(ref.familiar).normalized).toBe(ref.normalized)
  })
})

describe('digests and tags', () => {
  it('parseDigest splits registered digests', () => {
    expect(parseDigest(SHA256)).toEqual({ algorithm: 'sha256', hex: HEX })
    expect(parseDigest(SHA512)).toEqual({ algorithm: 'sha512', hex: SHA512.slice(7) })
    expect(parseDigest(`blake3:${HEX}`)).toEqual({ algorithm: 'blake3', hex: HEX })
  })

  it.each([
    ['', 'digest must not be empty'],
    ['sha256', 'digest must be "<algorithm>:<encoded>"'],
    ['sha256:', 'digest must be "<algorithm>:<encoded>"'],
    [`sha256:${HEX}0`, 'sha256 digest must be 64 lowercase hexadecimal characters'],
    [
      `multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8`,
      'unsupported digest algorithm "multihash+base58" (supported: sha256, sha512, blake3)'
    ]
  ])('parseDigest(%j) throws %s', (input, reason) => {
    expect(() => parseDigest(input)).toThrow(`invalid digest ${JSON.stringify(input)}: ${reason}`)
    expect(isDigest(input)).toBe(false)
  })

  it('isDigest and isValidTag', () => {
    expect(isDigest(SHA256)).toBe(true)
    expect(isDigest(SHA512)).toBe(true)
    expect(isValidTag('latest')).toBe(true)
    expect(isValidTag('_x')).toBe(true)
    expect(isValidTag(TAG_128)).toBe(true)
    expect(isValidTag(TAG_129)).toBe(false)
    expect(isValidTag('.x')).toBe(false)
    expect(isValidTag('a/b')).toBe(false)
    expect(isValidTag('')).toBe(false)
  })

  it('exports anchored grammar regexes', () => {
    expect(TAG_REGEXP.test('v1.2.3')).toBe(true)
    expect(TAG_REGEXP.test('x v1')).toBe(false)
    expect(DIGEST_REGEXP.test(SHA256)).toBe(true)
    expect(DIGEST_REGEXP.test(`x${SHA256}@`)).toBe(false)
    expect(DOMAIN_REGEXP.test('[::1]:5000')).toBe(true)
    expect(DOMAIN_REGEXP.test('Registry.Example.COM:443')).toBe(true)
    expect(DOMAIN_REGEXP.test('a..b')).toBe(false)
    expect(PATH_COMPONENT_REGEXP.test('c_d__e')).toBe(true)
    expect(PATH_COMPONENT_REGEXP.test('a/b')).toBe(false)
    expect(REPOSITORY_PATH_REGEXP.test('library/nginx')).toBe(true)
    expect(REPOSITORY_PATH_REGEXP.test('library//nginx')).toBe(false)
    expect(IDENTIFIER_REGEXP.test(HEX)).toBe(true)
    expect(IDENTIFIER_REGEXP.test(HEX.slice(1))).toBe(false)
  })
})
