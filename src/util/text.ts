/** The most characters of an untrusted or user-given text that a message repeats. */
export const MAX_ECHO = 100

/** C0 and C1 control characters: newlines, escapes, anything that can break a line. */
const CONTROL = /\p{Cc}/u

/**
 * Quotes text that came from a user or from an untrusted source (a reference, a tag list, a
 * repository file) for a one-line message. Text with control characters is JSON-quoted, so it
 * cannot end the line or start a workflow command; other text is put in single quotes, or in
 * JSON quotes with `style: 'json'`. Past `max` characters it is cut, with an ellipsis and the
 * full length, so a 10,000-character value cannot flood the log.
 *
 * @example echo('ghcr.io/acme/app') === "'ghcr.io/acme/app'"
 * @example echo('x'.repeat(500)) === "'xxx…' (500 characters)"
 */
export function echo(text: string, opts: { style?: 'single' | 'json'; max?: number } = {}): string {
  const max = opts.max ?? MAX_ECHO
  const chars = Array.from(text)
  const cut = chars.length > max
  const shown = cut ? `${chars.slice(0, max).join('')}…` : text
  const quoted = opts.style === 'json' || CONTROL.test(shown) ? JSON.stringify(shown) : `'${shown}'`
  return cut ? `${quoted} (${chars.length} characters)` : quoted
}
