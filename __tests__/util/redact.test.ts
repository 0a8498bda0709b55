import { describe, expect, it } from 'vitest'
import { Redactor, secretForms } from '../../src/util/redact.js'

const PASSWORD = 'p@ss/w0rd+S3cret!'

function redactor(...secrets: string[]): Redactor {
  const r = new Redactor()
  for (const s of secrets) r.add(s)
  return r
}

describe('Redactor', () => {
  it.each<[string, string]>([
    ['raw', `password is ${PASSWORD}.`],
    ['URL-encoded', `GET /?p=${encodeURIComponent(PASSWORD)}&x=1`],
    ['base64 of the secret alone', `token ${Buffer.from(PASSWORD).toString('base64')}`],
    [
      'base64 of user:pass',
      `Authorization: Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`
    ],
    [
      'base64 of a longer user:pass',
      `Basic ${Buffer.from(`bobby:${PASSWORD}`).toString('base64')}`
    ],
    ['base64 at the third alignment', Buffer.from(`ab:${PASSWORD}`).toString('base64')],
    ['base64url', Buffer.from(`x:${PASSWORD}`).toString('base64url')]
  ])('hides the secret %s', (_form, text) => {
    const out = redactor(PASSWORD).redact(text)
    expect(out).toContain('***')
    for (const form of secretForms(PASSWORD)) expect(out).not.toContain(form)
    expect(Buffer.from(out.replace(/\*\*\*/g, ''), 'base64').toString('latin1')).not.toContain(
      'S3cret'
    )
  })

  it('leaves text without secrets alone and ignores empty secrets', () => {
    expect(redactor('', PASSWORD).redact('nothing to see: ghcr.io/acme/app')).toBe(
      'nothing to see: ghcr.io/acme/app'
    )
  })

  it('replaces the longer of two overlapping secrets whole', () => {
    expect(redactor('abc123', 'abc123xyz789').redact('k=abc123xyz789;j=abc123')).toBe('k=***;j=***')
  })
})
