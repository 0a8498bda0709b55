import { secretbox } from '@noble/ciphers/salsa.js'
/**
 * Signing keys for the sigstore backend, kept in memory only: PEM texts, `env://VAR`
 * references and files, in the formats cosign reads.
 *
 * cosign's own `cosign.key` (`ENCRYPTED SIGSTORE PRIVATE KEY`) is scrypt + NaCl secretbox
 * (go-securesystemslib `encrypted`). node:crypto has scrypt but no XSalsa20-Poly1305, so opening
 * the box is a seam ({@link SecretboxOpen}) until a vetted implementation is a dependency;
 * unencrypted and OpenSSL-encrypted PKCS#8 keys work with node:crypto alone.
 *
 * @module
 */

import { createHash, createPrivateKey, createPublicKey, scryptSync, sign } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Signature, Signer as BundleSigner } from '@sigstore/sign'
import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { isKmsReference } from './kms.js'
import { SigningError } from './types.js'

// In their own module so that parsing the signing inputs does not load the key code below.
export { KMS_SCHEMES, isKmsReference } from './kms.js'

/** PEM types of cosign's encrypted key files (the old name and the current one). */
const COSIGN_KEY_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']

/** scrypt parameters go-securesystemslib writes (legacy, standard, OWASP); others are refused. */
const SCRYPT_N = new Set([32768, 65536, 131072])

/**
 * Opens a NaCl secretbox (XSalsa20-Poly1305): the plaintext, or `undefined` when the
 * authenticator does not match (a wrong password).
 */
export type SecretboxOpen = (key: Buffer, nonce: Buffer, box: Buffer) => Buffer | undefined

/** NaCl secretbox (XSalsa20-Poly1305) as cosign.key uses it; undefined when the tag does not verify. */
export const naclSecretboxOpen: SecretboxOpen = (key, nonce, box) => {
  try {
    return Buffer.from(secretbox(key, nonce).open(box))
  } catch {
    return undefined
  }
}

/**
 * The PEM text a key reference names: the text itself, `env://VAR`, or a file path. Every line
 * of the text is masked in logs before it is returned.
 */
export function resolveKeyText(ref: string, env: NodeJS.ProcessEnv, logger: Logger): string {
  let text: string
  if (ref.includes('-----BEGIN ')) text = ref
  else if (ref.startsWith('env://')) {
    const name = ref.slice('env://'.length)
    const value = env[name]
    if (!value) throw new SigningError(`key ${ref}: environment variable ${name} is not set`)
    text = value
  } else if (isKmsReference(ref)) {
    throw new SigningError(
      `key ${ref}: KMS keys need the cosign backend; set signing: cosign and install cosign`
    )
  } else {
    try {
      text = readFileSync(ref, 'utf8')
    } catch (err) {
      throw new SigningError(`key ${ref}: cannot read it (${errorMessage(err)})`)
    }
  }
  if (/PRIVATE KEY-----/.test(text)) maskPem(text, logger)
  return text
}

/** Masks a PEM text and each of its base64 lines, since loggers mask line by line. */
export function maskPem(text: string, logger: Logger): void {
  logger.setSecret(text)
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() && !line.startsWith('-----')) logger.setSecret(line.trim())
  }
}

/**
 * Loads a private key: cosign's encrypted format, OpenSSL-encrypted PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`), or unencrypted PKCS#8 / SEC 1. Only ECDSA P-256 is accepted, the key type cosign
 * generates and the one sigstore verifiers check with SHA-256.
 */
export function loadPrivateKey(
  pem: string,
  password: string | undefined,
  opts: { openSecretbox?: SecretboxOpen } = {}
): KeyObject {
  const type = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1]
  let key: KeyObject
  if (type && COSIGN_KEY_TYPES.includes(type)) {
    const der = decryptCosignKey(pem, password, opts.openSecretbox)
    key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  } else if (type === 'ENCRYPTED PRIVATE KEY') {
    if (password === undefined) throw missingPassword()
    try {
      key = createPrivateKey({ key: pem, format: 'pem', passphrase: password })
    } catch {
      throw wrongPassword()
    }
  } else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
    try {
      key = createPrivateKey({ key: pem, format: 'pem' })
    } catch (err) {
      throw new SigningError(`private key: cannot parse the ${type} PEM (${errorMessage(err)})`)
    }
  } else {
    throw new SigningError(
      `private key: unsupported PEM type ${type ? `'${type}'` : '(none)'}; ` +
        'use a cosign.key, a PKCS#8 PEM (PRIVATE KEY / ENCRYPTED PRIVATE KEY) or an EC PRIVATE KEY'
    )
  }
  assertP256(key, 'private key')
  return key
}

/** Loads a public key PEM (SubjectPublicKeyInfo), ECDSA P-256 only. */
export function loadPublicKey(pem: string): KeyObject {
  let key: KeyObject
  try {
    key = createPublicKey({ key: pem, format: 'pem' })
  } catch (err) {
    throw new SigningError(`public key: not a PEM public key (${errorMessage(err)})`)
  }
  assertP256(key, 'public key')
  return key
}

/** `sha256:<hex>` of the key's SubjectPublicKeyInfo DER: how messages name a key. */
export function keyFingerprint(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' })
  return `sha256:${createHash('sha256').update(der).digest('hex')}`
}

/** The bundle's public key hint, as sigstore-go writes it: base64 of the SPKI DER's sha256. */
export function keyHint(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' })
  return createHash('sha256').update(der).digest('base64')
}

/** A sigstore-js signer over a local private key: ECDSA P-256 with SHA-256, DER signatures. */
export class LocalKeySigner implements BundleSigner {
  private readonly privateKey: KeyObject
  private readonly publicKeyPem: string
  private readonly hint: string

  constructor(privateKey: KeyObject) {
    this.privateKey = privateKey
    const publicKey = createPublicKey(privateKey)
    this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
    this.hint = keyHint(publicKey)
  }

  /** Signs `data` (the DSSE pre-authentication encoding). */
  sign(data: Buffer): Promise<Signature> {
    const signature = sign('sha256', data, this.privateKey)
    return Promise.resolve({
      signature,
      key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint }
    })
  }
}

/** The parts of go-securesystemslib's `encrypted` envelope. */
interface CosignEnvelope {
  kdf?: { name?: string; params?: { N?: number; r?: number; p?: number }; salt?: string }
  cipher?: { name?: string; nonce?: string }
  ciphertext?: string
}

/**
 * Decrypts cosign's key envelope to PKCS#8 DER: scrypt(password, salt, N, r, p) gives the
 * 32-byte secretbox key, which opens the ciphertext with the envelope's nonce.
 */
export function decryptCosignKey(
  pem: string,
  password: string | undefined,
  openSecretbox: SecretboxOpen | undefined = naclSecretboxOpen
): Buffer {
  const body = pem
    .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
    .replace(/\s+/g, '')
    .trim()
  let envelope: CosignEnvelope
  try {
    envelope = JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as CosignEnvelope
  } catch {
    throw new SigningError('cosign key: the PEM body is not the JSON envelope cosign writes')
  }
  const { kdf, cipher } = envelope
  const params = kdf?.params
  if (kdf?.name !== 'scrypt' || !params || !SCRYPT_N.has(params.N ?? 0) || params.r !== 8) {
    throw new SigningError('cosign key: unsupported key derivation (expected scrypt, r=8)')
  }
  if (params.p !== 1) throw new SigningError('cosign key: unsupported scrypt parameter p')
  if (cipher?.name !== 'nacl/secretbox') {
    throw new SigningError(`cosign key: unsupported cipher ${JSON.stringify(cipher?.name)}`)
  }
  const nonce = Buffer.from(cipher.nonce ?? '', 'base64')
  if (nonce.length !== 24) throw new SigningError('cosign key: the nonce is not 24 bytes')
  if (!openSecretbox) {
    throw new SigningError(
      'cosign key: ENCRYPTED SIGSTORE PRIVATE KEY files need NaCl secretbox, which this build ' +
        'lacks; export the key as PKCS#8 (openssl pkcs8 -topk8) or use signing: cosign'
    )
  }
  if (password === undefined) throw missingPassword()
  const N = params.N!
  const key = scryptSync(password, Buffer.from(kdf.salt ?? '', 'base64'), 32, {
    N,
    r: 8,
    p: 1,
    // 128 * N * r bytes, plus headroom: the default 32 MiB is too small for N >= 2^15.
    maxmem: 256 * N * 8 + 1024 * 1024
  })
  const plain = openSecretbox(key, nonce, Buffer.from(envelope.ciphertext ?? '', 'base64'))
  key.fill(0)
  if (!plain) throw wrongPassword()
  return plain
}

function assertP256(key: KeyObject, what: string): void {
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (key.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
    const found = key.asymmetricKeyType === 'ec' ? `EC ${curve}` : String(key.asymmetricKeyType)
    throw new SigningError(
      `${what}: ${found} is not supported; use an ECDSA P-256 key (cosign generate-key-pair)`
    )
  }
}

function missingPassword(): SigningError {
  return new SigningError(
    'private key is encrypted but no password was given; set cosign-password or COSIGN_PASSWORD'
  )
}

function wrongPassword(): SigningError {
  return new SigningError(
    'private key: decryption failed; check cosign-password (or COSIGN_PASSWORD)'
  )
}
