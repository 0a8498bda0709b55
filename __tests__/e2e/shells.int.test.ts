import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { REPO_ROOT } from '../harness/node24.js'

const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string
}

describe('the action bundle under Node 24', () => {
  it('fails with one ::error:: line naming the missing command input', async () => {
    const result = await runAction({ inputs: {} })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^input 'command': required but not set; set it to one of: /)
    expect(result.stdout + result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('refuses an unknown command with the list of commands', async () => {
    const result = await runAction({ inputs: { command: 'deploy-everything' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      expect.stringMatching(/^input 'command': unknown command 'deploy-everything'; use one of: /)
    ])
  })
})

describe('the CLI bundle under Node 24', () => {
  it('prints the package version', async () => {
    const result = await runCli(['--version'])
    expect(result).toMatchObject({ exitCode: 0, stdout: `${pkg.version}\n` })
  })

  it('lists the commands in --help', async () => {
    const result = await runCli(['--help'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Usage: digest-promote <command>')
  })

  it('exits 2 with one line for an unknown command', async () => {
    const result = await runCli(['frobnicate'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      "error: unknown command 'frobnicate'; run 'digest-promote --help' for the list\n"
    )
  })
})
