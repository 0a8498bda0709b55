import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { renderActionYml } from '../../src/commands/action-metadata.js'
import { COMMANDS } from '../../src/commands/index.js'
import { REPO_ROOT } from '../harness/node24.js'

describe('action.yml', () => {
  it('is what the command table generates (run npm run action-yml after changing inputs)', async () => {
    expect(await readFile(`${REPO_ROOT}/action.yml`, 'utf8')).toBe(renderActionYml())
  })

  it('declares every input a command reads, runs on node24 and has no unused input', async () => {
    const action = YAML.parse(await readFile(`${REPO_ROOT}/action.yml`, 'utf8')) as {
      inputs: Record<string, unknown>
      runs: { using: string; main: string }
    }
    const read = new Set(['command', ...COMMANDS.flatMap(c => c.inputs.map(i => i.name))])
    expect(new Set(Object.keys(action.inputs))).toEqual(read)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
