/** Far above any real spec (the seeds nest 6 deep), far below where the `yaml` parser overflows its stack. Apart from yaml-guards.ts, which loads `yaml`, so the fast reader needs none of it. */
export const MAX_NESTING = 64;
