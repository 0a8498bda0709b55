import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../harness/node24.js'

/** The vendored sigstore-conformance `bundle-verify` cases (see the fixture's README.md). */
export const CONFORMANCE_DIR = path.join(
  REPO_ROOT,
  '__tests__',
  'fixtures',
  'sigstore-conformance',
  'bundle-verify'
)

/** The identity and issuer a case expects when it names none (upstream's README). */
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

/** One case: its name, whether it must be refused, and the `verify` inputs it becomes. */
export interface ConformanceCase {
  name: string
  mustFail: boolean
  /** `verify` inputs, paths relative to {@link CONFORMANCE_DIR}. */
  inputs: Record<string, string>
}

/** Every case directory, as `verify --bundle` inputs for the digest of its artifact. */
export function conformanceCases(): ConformanceCase[] {
  return readdirSync(CONFORMANCE_DIR, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .map(d => d.name)
    .sort()
    .map(name => {
      const file = (f: string) => path.join(CONFORMANCE_DIR, name, f)
      const has = (f: string) => existsSync(file(f))
      const text = (f: string, fallback: string) =>
        has(f) ? readFileSync(file(f), 'utf8').trim() : fallback
      const artifact = readFileSync(
        has('artifact') ? file('artifact') : path.join(CONFORMANCE_DIR, 'a.txt')
      )
      const inputs: Record<string, string> = {
        bundle: `${name}/bundle.sigstore.json`,
        digest: `sha256:${createHash('sha256').update(artifact).digest('hex')}`,
        ...(has('trusted_root.json') ? { 'trusted-root': `${name}/trusted_root.json` } : {}),
        ...(has('key.pub')
          ? { 'public-key': `${name}/key.pub` }
          : {
              'certificate-identity': text('identity', DEFAULT_IDENTITY),
              'certificate-oidc-issuer': text('issuer', DEFAULT_ISSUER)
            })
      }
      return { name, mustFail: name.endsWith('_fail'), inputs }
    })
}
