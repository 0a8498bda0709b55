/**
 * ES256 JWTs in the form docker-registry 2.8 accepts (registry-lab.md §3 and pitfall 7): raw
 * `r||s` signatures, a `kid` in libtrust format, keys trusted through a certificate bundle.
 */
import { execFile } from 'node:child_process'
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { requireTool } from './tools.js'

const execFileAsync = promisify(execFile)

/** A signing key with its libtrust key ID. */
export interface SigningKeyPair {
  /** P-256 private key. */
  key: KeyObject
  /** libtrust key ID of its public half. */
  kid: string
}

/**
 * Makes a P-256 key and a self-signed certificate for it in `dir` (`root.key`, `root.crt`). The
 * registry only trusts keys through certificates, and node:crypto cannot write X.509, so openssl
 * makes both.
 *
 * @returns the key and the certificate path (the registry's `rootcertbundle`)
 */
export async function createTrustedKey(
  dir: string
): Promise<SigningKeyPair & { certPath: string }> {
  const openssl = requireTool('openssl', 'apt-get install -y openssl')
  const keyPath = join(dir, 'root.key')
  const certPath = join(dir, 'root.crt')
  // prettier-ignore
  await execFileAsync(openssl, [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=digest-promote-test-token'
  ])
  const key = createPrivateKey(await readFile(keyPath))
  return { key, kid: libtrustKeyId(key), certPath }
}

/**
 * The libtrust key ID the registry matches a JWT `kid` against: SHA-256 of the DER
 * SubjectPublicKeyInfo, first 240 bits, base32 without padding, 12 groups of 4 joined by `:`.
 * The registry compares it case-sensitively.
 */
export function libtrustKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  const der = publicKey.export({ type: 'spki', format: 'der' })
  const encoded = base32(createHash('sha256').update(der).digest().subarray(0, 30))
  return encoded.match(/.{4}/g)!.join(':')
}

/** Signs `claims` as an ES256 JWT with header `{typ, alg, kid}`. */
export function signJwt(claims: object, signer: SigningKeyPair): string {
  const header = { typ: 'JWT', alg: 'ES256', kid: signer.kid }
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  // The registry wants the JWS form r||s (64 bytes); node's default DER form is refused.
  const signature = sign('sha256', Buffer.from(input), {
    key: signer.key,
    dsaEncoding: 'ieee-p1363'
  })
  return `${input}.${base64url(signature)}`
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

/** RFC 4648 base32 without padding; node has no built-in encoder. */
function base32(data: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of data) {
    value = ((value << 8) | byte) & 0xfff
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31]
  return out
}
