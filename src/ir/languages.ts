/** The languages a spec's `reference` documents, in the order the IR lists them. */
export const REFERENCE_LANGUAGES = ['curl', 'js', 'go', 'java', 'python', 'ruby', 'php', 'dotnet'] as const;
export type ReferenceLanguage = (typeof REFERENCE_LANGUAGES)[number];

/** `curl` documents the wire format; every other language is an SDK. */
export type SdkLanguage = Exclude<ReferenceLanguage, 'curl'>;

/** What people call the reference languages, for a "did you mean": the spec says `js` for TypeScript, `dotnet` for C#. */
export const REFERENCE_LANGUAGE_ALIASES: Readonly<Record<string, ReferenceLanguage>> = {
  typescript: 'js',
  ts: 'js',
  javascript: 'js',
  node: 'js',
  golang: 'go',
  py: 'python',
  rb: 'ruby',
  csharp: 'dotnet',
  'c#': 'dotnet',
  cs: 'dotnet',
  net: 'dotnet',
  '.net': 'dotnet',
  http: 'curl',
  json: 'curl',
};

export function isReferenceLanguage(value: string): value is ReferenceLanguage {
  return (REFERENCE_LANGUAGES as readonly string[]).includes(value);
}
