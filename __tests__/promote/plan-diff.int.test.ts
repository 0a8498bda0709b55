import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unifiedDiff } from '../../src/promote/edits.js'
import { runGit, runGitOk, writeTree } from '../harness/git-server-exec.js'

const lines = (n: number, eol = '\n'): string =>
  Array.from({ length: n }, (_, i) => `line ${i + 1}`).join(eol)

/**
 * Every diff a plan prints must be one `git apply` accepts on the files it was made from: the
 * hand-made diff merged distant edits into one block and counted a phantom line at end of file.
 */
describe('plan diffs apply with git apply', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plan-diff-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const cases: Array<{ name: string; before: string | null; after: string; hunks: number }> = [
    {
      name: 'two distant edits',
      before: `${lines(30)}\n`,
      after: `${lines(30)}\n`.replace('line 3\n', 'line three\n').replace('line 27\n', 'x\n'),
      hunks: 2
    },
    {
      name: 'an edit on the last line, with a trailing newline',
      before: `${lines(10)}\n`,
      after: `${lines(9)}\nlast\n`,
      hunks: 1
    },
    {
      name: 'an edit on the last line, without a trailing newline',
      before: lines(10),
      after: `${lines(9)}\nlast`,
      hunks: 1
    },
    {
      name: 'a trailing newline added',
      before: lines(10),
      after: `${lines(10)}\n`,
      hunks: 1
    },
    { name: 'a new file', before: null, after: `${lines(4)}\n`, hunks: 1 },
    {
      name: 'a CRLF file',
      before: `${lines(12, '\r\n')}\r\n`,
      after: `${lines(12, '\r\n')}\r\n`.replace('line 2\r\n', 'two\r\n').replace('line 12', 'end'),
      hunks: 2
    }
  ]

  it.each(cases)('$name', async ({ name, before, after, hunks }) => {
    const repo = path.join(dir, name.replace(/\W+/g, '-'))
    await runGitOk(['init', '--quiet', repo])
    const file = 'clusters/prod/app.yaml'
    if (before !== null) await writeTree(repo, { [file]: before })
    const diff = unifiedDiff({ path: file, before: before ?? '', after, created: before === null })
    expect(diff.split('\n').filter(l => l.startsWith('@@ '))).toHaveLength(hunks)
    expect(diff).toContain(before === null ? '--- /dev/null\n' : `--- a/${file}\n`)
    expect(diff).toContain(`+++ b/${file}\n`)
    await writeFile(path.join(repo, 'plan.diff'), diff)
    const check = await runGit(['apply', '--check', 'plan.diff'], { cwd: repo })
    expect(check.stderr).toBe('')
    expect(check.code).toBe(0)
    await runGitOk(['apply', 'plan.diff'], { cwd: repo })
    expect(await readFile(path.join(repo, file), 'utf8')).toBe(after)
  })
})
