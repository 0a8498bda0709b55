import { describe, expect, it } from 'vitest'
import { verifyCommand } from '../../src/commands/verify.js'
import type { RunContext } from '../../src/commands/types.js'
import { PromoteError } from '../../src/errors.js'
import { recordingLogger } from '../harness/test-logger.js'
import { CONFORMANCE_DIR, conformanceCases } from './conformance-cases.js'

function context(): RunContext {
  return {
    logger: recordingLogger(),
    env: {},
    workspace: CONFORMANCE_DIR,
    now: () => new Date('2026-01-01T00:00:00Z')
  }
}

async function verify(inputs: Record<string, string>) {
  const ctx = context()
  const source = { get: (name: string) => inputs[name] }
  return verifyCommand.run(verifyCommand.parse(source, ctx), ctx)
}

// Every `bundle-verify` case of sigstore-conformance, offline, each its own test: `_fail` cases
// are refused with one line, the others verify. The in-process sigstore backend is forced so a
// cosign on PATH changes nothing.
describe('verify --bundle on sigstore-conformance bundle-verify', () => {
  const cases = conformanceCases()

  it('finds the vendored cases', () => {
    expect(cases.length).toBe(70)
    expect(cases.filter(c => c.mustFail).length).toBe(49)
  })

  for (const c of cases) {
    if (c.mustFail) {
      it(`refuses ${c.name}`, async () => {
        const err: unknown = await verify({ ...c.inputs, signing: 'sigstore' }).then(
          r => r,
          (e: unknown) => e
        )
        expect(err).toBeInstanceOf(PromoteError)
        const message = (err as Error).message
        expect(message).not.toContain('\n')
        // A reason, not a crash inside a library.
        expect(message).not.toMatch(/Cannot read propert|is not a function|undefined/)
        expect(message).toMatch(/^(gate 'signature' failed: .+; fix: |input '[a-z-]+': )/)
      })
    } else {
      it(`verifies ${c.name}`, async () => {
        const result = await verify({ ...c.inputs, signing: 'sigstore' })
        expect(result.status).toBe('unchanged')
        expect(result.outputs).toMatchObject({ verified: 'true', digest: c.inputs.digest })
        const lines = result.text.split('\n').map(l => l.replace(/:\s+/, ': '))
        if (c.inputs['public-key'])
          expect(lines).toContainEqual(expect.stringMatching(/^key: sha256:/))
        else expect(lines).toContain(`identity: ${c.inputs['certificate-identity']}`)
      })
    }
  }
})
