import { generateKeyPairSync } from 'node:crypto'
import { parseSigningOptions } from '../../src/commands/signing-inputs.js'
import { signDigest } from '../../src/signing/signature-gate.js'
import type { RunContext } from '../../src/commands/types.js'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { recordingLogger } from './test-logger.js'

/** An ECDSA P-256 key pair in PEM, the kind `cosign generate-key-pair` makes. */
export function signingKeys(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString()
  }
}

/** Inputs that make the action trust signatures of `publicPem` (offline: no transparency log). */
export function trustInputs(publicPem: string): Record<string, string> {
  return { signing: 'sigstore', 'public-key': publicPem, 'tlog-upload': 'false' }
}

/**
 * Signs `reference` (`host/repo@digest`) with the product's own signer, as a
 * `capture` with `sign: true` and a key would, and attaches the bundle.
 */
export async function signImage(reference: string, privatePem: string): Promise<void> {
  const logger = recordingLogger()
  const ctx: RunContext = { logger, env: {}, workspace: process.cwd(), now: () => new Date() }
  const inputs: Record<string, string> = {
    signing: 'sigstore',
    sign: 'true',
    'cosign-key': privatePem,
    'tlog-upload': 'false'
  }
  const opts = parseSigningOptions({ get: name => inputs[name] }, ctx)
  const client = new RegistryClient({ keychain: new Keychain({ env: {}, logger }), logger })
  await signDigest(client, parseReference(reference), opts, logger)
}
