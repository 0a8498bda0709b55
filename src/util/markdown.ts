/** Escapes text for a Markdown table cell and defuses @-mentions. */
export function cell(text: string): string {
  return text
    .replace(/[\\|`*_[\]<>]/g, c => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

/** Inline code for a table cell; text that could break out of the code span is escaped instead. */
export function code(text: string): string {
  return /^[^`|\r\n\\]*$/.test(text) ? `\`${text}\`` : cell(text)
}
