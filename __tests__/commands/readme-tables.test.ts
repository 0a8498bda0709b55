import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ACTION_INPUTS, OUTPUTS } from '../../src/commands/action-metadata.js'
import { commandOutputs } from '../../src/commands/command-outputs.js'
import { COMMANDS } from '../../src/commands/index.js'
import { README_BLOCKS, renderReadme } from '../../scripts/readme-tables.js'
import { REPO_ROOT } from '../harness/node24.js'

const readme = (): Promise<string> => readFile(`${REPO_ROOT}/README.md`, 'utf8')

/** The first column of every row of the generated block that starts with `begin`. */
function firstColumn(text: string, begin: string): string[] {
  expect(text).toContain(begin)
  const body = text.slice(text.indexOf(begin) + begin.length).split('<!--')[0] ?? ''
  return body
    .split('\n')
    .filter(line => line.startsWith('| `'))
    .map(line => /^\| `([^`]+)`/.exec(line)?.[1] ?? '')
}

describe('README input and output tables', () => {
  it('are what the command table generates (run npm run action-yml after changing inputs)', async () => {
    const text = await readme()
    expect(text).toBe(await renderReadme(text))
  })

  it("list every input of every command, and the action's own inputs", async () => {
    const names = firstColumn(await readme(), README_BLOCKS[0].begin)
    const read = new Set([
      'command',
      ...ACTION_INPUTS.map(i => i.name),
      ...COMMANDS.flatMap(c => c.inputs.map(i => i.name))
    ])
    expect(new Set(names)).toEqual(read)
    expect(names).toHaveLength(read.size)
  })

  it('list every output, each set by a command that declares it', async () => {
    const names = firstColumn(await readme(), README_BLOCKS[1].begin)
    expect(names).toEqual(Object.keys(OUTPUTS))
    for (const c of COMMANDS) {
      const outputs = commandOutputs(c.name)
      expect(outputs, `outputs of ${c.name}`).toBeDefined()
      for (const o of outputs ?? []) expect(OUTPUTS, `${c.name} sets ${o}`).toHaveProperty(o)
    }
    const set = new Set(COMMANDS.flatMap(c => commandOutputs(c.name) ?? []))
    expect(set).toEqual(new Set(Object.keys(OUTPUTS)))
  })

  it('fail when a generated row is edited by hand', async () => {
    const text = await readme()
    const edited = text.replace('| `tags-file`', '| `tags-file-renamed`')
    expect(edited).not.toBe(text)
    expect(await renderReadme(edited)).toBe(text)
  })
})
