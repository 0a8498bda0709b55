/**
 * Splits a YAML stream into its documents without parsing it, so a scan can screen each
 * document with a substring test and parse only the ones that may matter. Parsing is most of
 * a scan's cost, and a large file often holds one marked Deployment beside many other objects.
 */

/** One document's text in the stream. */
export interface DocumentSlice {
  /** Offset of its first character in the stream. */
  start: number
  /** The document's text (`stream.slice(start, start + text.length)`). */
  text: string
  /** Lines of the stream before it, to add to a line number counted within `text`. */
  linesBefore: number
}

// A directive applies across document markers, and a lone CR is a YAML line break the search
// below does not see. Plain substring searches: a regex over every character of a large tree
// costs several times more.
function needsWhole(stream: string): boolean {
  return (
    stream.startsWith('%') ||
    stream.startsWith('\uFEFF%') ||
    stream.includes('\n%') ||
    (stream.includes('\r') && /\r(?!\n)/.test(stream))
  )
}

/**
 * Offsets where documents start after the first: at each `---` line, and on the line after each
 * `...` line. YAML forbids either marker at the start of a line inside any scalar or collection
 * (c-forbidden), so such a line always ends the document before it.
 */
function documentStarts(stream: string): number[] {
  const starts: number[] = []
  for (const marker of ['---', '...']) {
    for (let at = stream.indexOf(marker); at >= 0; at = stream.indexOf(marker, at + 3)) {
      if (at > 0 && stream[at - 1] !== '\n') continue
      const next = stream[at + 3]
      if (next !== undefined && !' \t\r\n'.includes(next)) continue
      const start = marker === '---' ? at : lineAfter(stream, at)
      if (start > 0) starts.push(start)
    }
  }
  return starts.sort((a, b) => a - b)
}

/**
 * The documents of `stream` whose text passes `keep`, each to be parsed on its own; the text
 * before the first `---` is a document too. Returns one slice for the whole stream when it
 * holds a directive (`%YAML`, `%TAG`) or a lone CR.
 */
export function documentSlices(stream: string, keep: (text: string) => boolean): DocumentSlice[] {
  if (needsWhole(stream)) return keep(stream) ? [{ start: 0, text: stream, linesBefore: 0 }] : []
  const starts = [0]
  for (const at of documentStarts(stream)) if (at > starts[starts.length - 1]) starts.push(at)
  const slices: DocumentSlice[] = []
  let counted = 0
  let lines = 0
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : stream.length
    const text = stream.slice(start, end)
    if (!keep(text)) return
    lines += countLines(stream, counted, start)
    counted = start
    slices.push({ start, text, linesBefore: lines })
  })
  return slices
}

function lineAfter(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset)
  return lf < 0 ? text.length : lf + 1
}

/** Line breaks in `text[from, to)`. */
function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}
