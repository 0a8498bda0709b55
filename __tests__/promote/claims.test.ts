import { describe, expect, it } from 'vitest'
import { claimMessage, claimRef } from '../../src/promote/claims.js'
import { parseReference } from '../../src/registry/reference.js'

describe('claim ref names', () => {
  // Git refuses `:` anywhere, `..`, a component ending in `.` or in `.lock`; tags may hold all three.
  it.each([
    [
      'ghcr.io/acme/app',
      'staging-v1.2.3',
      'refs/digest-promote/claims/ghcr.io/acme/app/_tags/staging-v1.2.3'
    ],
    [
      '127.0.0.1:5000/acme/app',
      'v1',
      'refs/digest-promote/claims/127.0.0.1_5000/acme/app/_tags/v1'
    ],
    ['nginx', 'v1', 'refs/digest-promote/claims/docker.io/library/nginx/_tags/v1'],
    ['ghcr.io/acme/app', 'v1..2', 'refs/digest-promote/claims/ghcr.io/acme/app/_tags/v1%2E.2'],
    ['ghcr.io/acme/app', 'v1.', 'refs/digest-promote/claims/ghcr.io/acme/app/_tags/v1%2E'],
    ['ghcr.io/acme/app', 'v1.lock', 'refs/digest-promote/claims/ghcr.io/acme/app/_tags/v1%2Elock']
  ])('%s:%s -> %s', (image, tag, ref) => {
    expect(claimRef(parseReference(image), tag)).toBe(ref)
  })

  it('names the digest, environment, run and event in trailers', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(
      claimMessage({
        image: parseReference('ghcr.io/acme/app'),
        tag: 'staging-v1',
        digest,
        environment: 'staging',
        run: 'https://github.com/acme/app/actions/runs/1/attempts/1',
        eventId: 'e1'
      })
    ).toBe(
      `claim ghcr.io/acme/app:staging-v1 for ${digest}\n\nDigest: ${digest}\nEnvironment: staging\nRun: https://github.com/acme/app/actions/runs/1/attempts/1\nEvent: e1\n`
    )
  })
})
