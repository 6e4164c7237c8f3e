/** Splits a Markdown/MDX page into its YAML front matter and its body. */
export interface FrontMatter {
  readonly yaml: string;
  /** Lines before the YAML starts (the opening `---`), to map positions back. */
  readonly lineOffset: number;
  readonly body: string;
}

const FENCE = /^---[ \t]*\r?$/;

export function splitFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.split('\n');
  if (lines.length === 0 || !FENCE.test(lines[0].replace(/^\uFEFF/, ''))) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return undefined;
  return {
    yaml: lines.slice(1, close).join('\n') + '\n',
    lineOffset: 1,
    body: lines.slice(close + 1).join('\n'),
  };
}

export interface PageText {
  readonly title?: string;
  readonly summary?: string;
  /** The model the page's example shows: `<CodeBlock referenceId="directory_user" />`. */
  readonly referenceId?: string;
}

const REFERENCE_ID = /<CodeBlock\b[^>]*?\breferenceId\s*=\s*["']([^"']+)["']/;

/**
 * The page's `# Title` and its first prose paragraph. MDX components
 * (`<CodeBlock .../>`, possibly over several lines), imports, headings and
 * code fences are not prose.
 */
export function readPageText(body: string): PageText {
  const lines = body.split(/\r?\n/);
  let title: string | undefined;
  const paragraph: string[] = [];
  let inComponent = false;
  let inFence = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (inFence) {
      inFence = !line.startsWith('```');
      continue;
    }
    if (inComponent) {
      inComponent = !/\/?>$/.test(line);
      continue;
    }
    if (line.startsWith('```')) {
      inFence = true;
    } else if (line.startsWith('<')) {
      inComponent = !/\/?>$/.test(line);
    } else if (/^#\s/.test(line)) {
      title ??= line.replace(/^#\s+/, '').trim();
    } else if (line === '') {
      if (paragraph.length > 0) break;
      continue;
    } else if (!/^(#{2,6}\s|import\s|export\s)/.test(line)) {
      paragraph.push(line);
      continue;
    }
    if (paragraph.length > 0) break;
  }
  const summary = paragraph.length > 0 ? paragraph.join(' ') : undefined;
  return { title, summary, referenceId: REFERENCE_ID.exec(body)?.[1] };
}
