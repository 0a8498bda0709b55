/**
 * A mistyped command or flag gets one line through the built CLI that names the closest
 * known one (at most two edits away), and a name close to nothing gets no guess.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'

async function refusal(args: string[]): Promise<string> {
  const result = await runCli(args)
  expect(result.exitCode).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  return lines[0] ?? ''
}

describe('did you mean, through the built CLI', () => {
  it('suggests promote for promot', async () => {
    expect(await refusal(['promot', '--to-environment', 'staging'])).toBe(
      "error: unknown command 'promot'; did you mean promote? run 'digest-promote --help' for the list"
    )
  })

  it('suggests --from-environment for --from-enviroment', async () => {
    expect(await refusal(['promote', '--from-enviroment', 'dev'])).toBe(
      "error: input 'from-enviroment': unknown option '--from-enviroment' for 'promote'; did you mean --from-environment? see: digest-promote promote --help"
    )
  })

  it('suggests a global flag and a stdin flag too', async () => {
    expect(await refusal(['status', '--jsn'])).toContain('did you mean --json?')
    expect(await refusal(['promote', '--gitops-token-stdn'])).toContain(
      'did you mean --gitops-token-stdin?'
    )
  })

  it('guesses nothing for a name far from every command and flag', async () => {
    expect(await refusal(['deploy'])).toBe(
      "error: unknown command 'deploy'; run 'digest-promote --help' for the list"
    )
    expect(await refusal(['promote', '--cluster', 'x'])).toBe(
      "error: input 'cluster': unknown option '--cluster' for 'promote'; see: digest-promote promote --help"
    )
  })
})
