import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { declaredInputs, parseDeclared, UndeclaredInputError } from '../../src/commands/declared.js'
import { COMMANDS } from '../../src/commands/index.js'
import type { Command, RunContext } from '../../src/commands/types.js'
import { InputError } from '../../src/errors.js'
import type { InputSource } from '../../src/inputs.js'
import { REPO_ROOT } from '../harness/node24.js'
import { recordingLogger } from '../harness/test-logger.js'

const ctx: RunContext = {
  logger: recordingLogger(),
  env: {},
  workspace: '/work/repo',
  now: () => new Date(0)
}

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : []
  )
}

/**
 * Input names read in `text`: `src.get('name')`, and any helper called with an input source
 * and a literal name (`getBoolean(src, 'name', …)`, `keyInput(src, 'name', ctx)`). An input
 * source is always called `src` or `source` in this codebase; the test below keeps it so.
 */
function readNames(text: string): string[] {
  const names: string[] = []
  const patterns = [
    /\b(?:src|source)\.get\(\s*'([^']+)'/g,
    /\b\w+\(\s*(?:src|source)\s*,\s*'([^']+)'/g
  ]
  for (const re of patterns) for (const m of text.matchAll(re)) names.push(m[1])
  return names
}

describe('inputs are read only through the command table', () => {
  const declared = new Set(['command', ...COMMANDS.flatMap(c => c.inputs.map(i => i.name))])

  it('refuses, at run time, a read of an input the command does not declare', () => {
    const command = COMMANDS.find(c => c.name === 'ref') as Command<unknown>
    const guarded = declaredInputs(command, { get: () => 'x' })
    expect(guarded.get('image')).toBe('x')
    expect(() => guarded.get('require-attestation')).toThrow(UndeclaredInputError)
    expect(() => guarded.get('require-attestation')).toThrow(
      "'ref' reads input 'require-attestation', which its command table entry does not declare"
    )
    const reader: Command<unknown> = {
      ...command,
      parse: (src: InputSource) => src.get('not-declared')
    }
    expect(() => parseDeclared(reader, { get: () => undefined }, ctx)).toThrow(UndeclaredInputError)
  })

  it('finds every input name src/ reads in the table', () => {
    const found = new Map<string, string>()
    for (const file of sources(path.join(REPO_ROOT, 'src'))) {
      for (const name of readNames(readFileSync(file, 'utf8')))
        found.set(name, path.relative(REPO_ROOT, file))
    }
    // The scan must see the reads it guards, or it proves nothing.
    expect(found.size).toBeGreaterThan(60)
    expect(found.get('require-attestation')).toBe('src/commands/promote-inputs.ts')
    const undeclared = [...found].filter(([name]) => !declared.has(name))
    expect(undeclared.map(([name, file]) => `${file} reads '${name}'`)).toEqual([])
  })

  it('names every input source src or source, so the scan above sees its reads', () => {
    const offenders: string[] = []
    for (const file of sources(path.join(REPO_ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\b(\w+)\s*:\s*InputSource\b/g))
        if (!['src', 'source', 'actionInputs'].includes(m[1]))
          offenders.push(`${path.relative(REPO_ROOT, file)}: ${m[1]}`)
    }
    expect(offenders).toEqual([])
  })

  it.each(COMMANDS.map(c => [c.name, c as Command<unknown>] as const))(
    '%s reads nothing undeclared before it needs a value',
    (_, command) => {
      // Every declared input unset: parsing runs to the first required input, or to the end.
      try {
        parseDeclared(command, { get: () => undefined }, ctx)
      } catch (err) {
        expect(err).toBeInstanceOf(InputError)
      }
    }
  )

  it('declares require-attestation for every command that reads it', () => {
    for (const name of ['promote', 'plan', 'rollback']) {
      const command = COMMANDS.find(c => c.name === name)!
      expect(command.inputs.map(i => i.name)).toContain('require-attestation')
    }
  })
})
