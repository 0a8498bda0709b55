import { describe, expect, it } from 'vitest'
import { isRepositoryName } from '../../src/github/repository-name.js'

describe("GitHub's owner/name grammar", () => {
  it.each([
    ['acme/gitops', true],
    ['a/b', true],
    ['Acme-Corp/gitops.config', true],
    ['octo-cat/my_repo-2', true],
    ['0/x', true],
    [`${'a'.repeat(39)}/repo`, true],
    ['acme/.github', true],
    ['acme/..x', true],
    [`acme/${'r'.repeat(100)}`, true],
    ['../..', false],
    ['acme/..', false],
    ['acme/.', false],
    ['../gitops', false],
    ['acme/gitops/extra', false],
    ['acme', false],
    ['/gitops', false],
    ['acme/', false],
    ['-acme/gitops', false],
    ['acme-/gitops', false],
    ['ac--me/gitops', false],
    ['ac_me/gitops', false],
    ['ac.me/gitops', false],
    [`${'a'.repeat(40)}/repo`, false],
    [`acme/${'r'.repeat(101)}`, false],
    ['acme/git ops', false],
    ['acme/gitops%2f..', false],
    ['acme/gitöps', false],
    ['acme\\gitops', false],
    ['acme/gitops\n', false],
    ['', false]
  ])('%j is %s', (value, ok) => {
    expect(isRepositoryName(value)).toBe(ok)
  })
})
