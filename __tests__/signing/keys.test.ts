import { secretbox } from '@noble/ciphers/salsa.js'
import { createPublicKey, generateKeyPairSync, randomBytes, scryptSync, verify } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  keyFingerprint,
  LocalKeySigner,
  loadPrivateKey,
  loadPublicKey,
  resolveKeyText
} from '../../src/signing/keys.js'
import { recordingLogger } from '../harness/test-logger.js'

const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const pkcs8 = (k: ReturnType<typeof p256>) =>
  k.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()

/** A key file in cosign's envelope format: scrypt, then NaCl secretbox, as `cosign generate-key-pair` writes. */
function cosignKeyFile(der: Buffer, password: string, N = 32768): string {
  const salt = randomBytes(32)
  const nonce = randomBytes(24)
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 2 ** 20 })
  const envelope = {
    kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(secretbox(key, nonce).seal(der)).toString('base64')
  }
  const body = Buffer.from(JSON.stringify(envelope)).toString('base64').replace(/.{64}/g, '$&\n')
  return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`
}

describe('loadPrivateKey', () => {
  const keys = p256()

  it('loads unencrypted PKCS#8 and SEC 1 keys', () => {
    const sec1 = keys.privateKey.export({ format: 'pem', type: 'sec1' }).toString()
    for (const pem of [pkcs8(keys), sec1]) {
      const key = loadPrivateKey(pem, undefined)
      expect(keyFingerprint(createPublicKey(key))).toBe(keyFingerprint(keys.publicKey))
    }
  })

  it('decrypts an OpenSSL-encrypted PKCS#8 key with the right password only', () => {
    const pem = keys.privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString()
    expect(loadPrivateKey(pem, 'pw').asymmetricKeyType).toBe('ec')
    expect(() => loadPrivateKey(pem, 'nope')).toThrow(
      'private key: decryption failed; check cosign-password (or COSIGN_PASSWORD)'
    )
    expect(() => loadPrivateKey(pem, undefined)).toThrow(/no password was given/)
  })

  it('refuses keys other than ECDSA P-256', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    expect(() => loadPrivateKey(pkcs8(p384), undefined)).toThrow(
      'private key: EC secp384r1 is not supported; use an ECDSA P-256 key (cosign generate-key-pair)'
    )
    expect(() => loadPrivateKey(pkcs8(rsa as never), undefined)).toThrow(/rsa is not supported/)
    expect(() =>
      loadPrivateKey('-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----', undefined)
    ).toThrow(/unsupported PEM type 'CERTIFICATE'/)
  })

  describe("cosign's encrypted key format", () => {
    const der = keys.privateKey.export({ format: 'der', type: 'pkcs8' })
    const file = cosignKeyFile(der, 'correct horse')

    it('derives the box key with scrypt and opens the envelope', () => {
      const key = loadPrivateKey(file, 'correct horse')
      expect(keyFingerprint(createPublicKey(key))).toBe(keyFingerprint(keys.publicKey))
    })

    it('refuses a wrong or missing password', () => {
      expect(() => loadPrivateKey(file, 'wrong')).toThrow(
        /decryption failed; check cosign-password/
      )
      expect(() => loadPrivateKey(file, undefined)).toThrow(
        /no password was given; set cosign-password or COSIGN_PASSWORD/
      )
    })

    it('refuses envelopes it does not understand', () => {
      const weak = cosignKeyFile(der, 'pw', 1024)
      expect(() => loadPrivateKey(weak, 'pw')).toThrow(/unsupported key derivation/)
      const garbage =
        '-----BEGIN ENCRYPTED COSIGN PRIVATE KEY-----\nbm90IGpzb24=\n-----END ENCRYPTED COSIGN PRIVATE KEY-----'
      expect(() => loadPrivateKey(garbage, 'pw')).toThrow(/not the JSON envelope cosign writes/)
    })
  })
})

describe('LocalKeySigner', () => {
  it('signs with SHA-256 ECDSA and names its key', async () => {
    const keys = p256()
    const data = Buffer.from('DSSEv1 28 application/vnd.in-toto+json 2 {}')
    const sig = await new LocalKeySigner(keys.privateKey).sign(data)
    expect(verify('sha256', data, keys.publicKey, sig.signature)).toBe(true)
    expect(sig.key).toMatchObject({ $case: 'publicKey' })
    expect(loadPublicKey((sig.key as { publicKey: string }).publicKey)).toBeDefined()
  })
})

describe('resolveKeyText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keys-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const pem = pkcs8(p256())

  it('reads PEM text, env:// and files, and masks every private key line', () => {
    const logger = recordingLogger()
    writeFileSync(join(dir, 'cosign.key'), pem)
    expect(resolveKeyText(pem, {}, logger)).toBe(pem)
    expect(resolveKeyText('env://MY_KEY', { MY_KEY: pem }, logger)).toBe(pem)
    expect(resolveKeyText(join(dir, 'cosign.key'), {}, logger)).toBe(pem)
    const body = pem.split('\n').filter(l => l && !l.startsWith('-----'))
    for (const line of body) expect(logger.secrets).toContain(line)
  })

  it('names what is missing', () => {
    const logger = recordingLogger()
    expect(() => resolveKeyText('env://NOPE', {}, logger)).toThrow(
      'key env://NOPE: environment variable NOPE is not set'
    )
    expect(() => resolveKeyText('gcpkms://projects/p/k', {}, logger)).toThrow(
      /KMS keys need the cosign backend/
    )
    expect(() => resolveKeyText(join(dir, 'absent.key'), {}, logger)).toThrow(/cannot read it/)
  })
})
