/** Control characters shown as escapes, so a diagnostic never prints them raw. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text for a terminal, line structure kept: every control character but tab
 * and newline, C1 controls included, is shown as an escape, so a file's ESC
 * or BEL bytes (in a diff of a hand-edited file) cannot drive the terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
