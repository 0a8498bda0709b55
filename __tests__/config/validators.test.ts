import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderValidators } from '../../scripts/validators.js'
import { REPO_ROOT } from '../harness/node24.js'

describe('generated schema validators', () => {
  it('are what the schemas compile to (run npm run validators after changing a schema)', async () => {
    for (const [file, code] of Object.entries(await renderValidators())) {
      expect(await readFile(`${REPO_ROOT}/${file}`, 'utf8'), file).toBe(code)
    }
  })
})
