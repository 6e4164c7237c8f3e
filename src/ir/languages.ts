/** The languages a spec's `reference` documents, in the order the IR lists them. */
export const REFERENCE_LANGUAGES = ['curl', 'js', 'go', 'java', 'python', 'ruby', 'php', 'dotnet'] as const;
export type ReferenceLanguage = (typeof REFERENCE_LANGUAGES)[number];

/** `curl` documents the wire format; every other language is an SDK. */
export type SdkLanguage = Exclude<ReferenceLanguage, 'curl'>;

export function isReferenceLanguage(value: string): value is ReferenceLanguage {
  return (REFERENCE_LANGUAGES as readonly string[]).includes(value);
}
