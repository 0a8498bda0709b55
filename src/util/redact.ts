/** What a secret is replaced with in everything printed. */
export const REDACTED = '***'

/** Derived forms shorter than this are not redacted: they would hide ordinary text. */
const MIN_DERIVED = 6

/**
 * The forms a secret can leak in: as it is, URL-encoded (a query string, a clone URL), and
 * base64. A secret can sit at any byte offset of a base64 text (`Basic base64(user:pass)`, a
 * Docker `auth` entry), so each of the three alignments is given, cut to the characters that
 * depend on the secret's bytes alone, as GitHub's runner does for its own tokens.
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const forms = new Set([secret])
  const derived = [encodeURIComponent(secret), ...base64Forms(Buffer.from(secret))]
  for (const form of derived) if (form.length >= MIN_DERIVED) forms.add(form)
  return [...forms]
}

function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const total = offset + bytes.length
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const start = Math.ceil((offset * 4) / 3)
    const end = Math.floor(total / 3) * 4 + Math.floor(((total % 3) * 8) / 6)
    forms.push(
      encoded.slice(start, end),
      encoded.slice(start, end).replace(/\+/g, '-').replace(/\//g, '_')
    )
  }
  return forms
}

/**
 * Replaces every known secret, in every form of {@link secretForms}, with {@link REDACTED}.
 * The CLI sends everything it prints through one of these, so a registry that echoes an
 * `Authorization` header into an error body cannot put a credential on the terminal.
 */
export class Redactor {
  private forms: string[] = []

  /** Adds a secret (a token, a password, a `user:pass` pair); an empty one is ignored. */
  add(secret: string): void {
    if (!secret) return
    const all = new Set([...this.forms, ...secretForms(secret)])
    // Longest first, so a secret is never half-replaced by a shorter one inside it.
    this.forms = [...all].sort((a, b) => b.length - a.length)
  }

  /** `text` with every known secret replaced. */
  redact(text: string): string {
    let out = text
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(REDACTED)
    return out
  }
}
