/** Reads the package or namespace a reference entry's title carries. */

/** `directorysync.Directory` → qualifier `directorysync`, name `Directory`. */
export function splitQualifier(name: string): { name: string; qualifier?: string } {
  const match = /^(.*)(?:\.|\\|::)([^.\\:]+)$/.exec(name);
  return match ? { name: match[2], qualifier: match[1] } : { name };
}

/** A title such as `class Directory` or `WorkOS\Resource\Directory`: its qualifier, if any. */
export function titleQualifier(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const bare = title.trim().replace(/^(?:(?:public|final|abstract|class|interface|struct|record|type|enum)\s+)+/, '');
  return splitQualifier(bare).qualifier;
}
