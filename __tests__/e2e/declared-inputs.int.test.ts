/**
 * Every input the commands read is declared, so the CLI accepts it as a flag and action.yml
 * lists it: checked on the built CLI under Node 24, for inputs that were once read but
 * undeclared.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'

describe('declared inputs through the built CLI', () => {
  it.each(['promote', 'plan', 'rollback'])(
    '%s accepts --require-attestation and lists it in --help',
    async command => {
      const result = await runCli([command, '--require-attestation', '--help'])
      expect(result.stderr).toBe('')
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toMatch(/^ {2}--require-attestation +\S/m)
      expect(result.stdout).toMatch(/^ {2}--certificate-oidc-issuer-regexp +\S/m)
    }
  )
})
