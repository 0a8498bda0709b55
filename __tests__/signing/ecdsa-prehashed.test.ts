import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { prehashedCurveSupported, verifyPrehashed } from '../../src/signing/ecdsa-prehashed.js'

// Cross-checked against OpenSSL: signatures Node makes over a message verify over its digest,
// and a changed digest or signature does not.
describe('verifyPrehashed', () => {
  it.each([
    ['P-256', 'sha256'],
    ['P-384', 'sha384'],
    ['P-384', 'sha256']
  ] as const)('agrees with OpenSSL on %s keys over %s digests', (curve, hash) => {
    for (let i = 0; i < 3; i++) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve })
      const message = Buffer.from(`message ${i}`)
      const signature = sign(hash, message, privateKey)
      const digest = createHash(hash).update(message).digest()
      expect(verifyPrehashed(publicKey, digest, signature)).toBe(true)
      const otherDigest = Buffer.from(digest)
      otherDigest[0] = (otherDigest[0] ?? 0) ^ 1
      expect(verifyPrehashed(publicKey, otherDigest, signature)).toBe(false)
      const otherKey = generateKeyPairSync('ec', { namedCurve: curve }).publicKey
      expect(verifyPrehashed(otherKey, digest, signature)).toBe(false)
      expect(verifyPrehashed(publicKey, digest, signature.subarray(1))).toBe(false)
    }
  })

  it('supports P-256 and P-384 only', () => {
    expect(prehashedCurveSupported(generateKeyPairSync('ed25519').publicKey)).toBe(false)
    const p521 = generateKeyPairSync('ec', { namedCurve: 'P-521' }).publicKey
    expect(prehashedCurveSupported(p521)).toBe(false)
    expect(verifyPrehashed(p521, Buffer.alloc(32), Buffer.alloc(8))).toBe(false)
  })
})
