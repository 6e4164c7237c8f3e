/** Far above any real spec (the seeds nest 6 deep), far below where the `yaml` parser overflows its stack. Apart from yaml-guards.ts, which loads `yaml`, so the fast reader needs none of it. */
export const MAX_NESTING = 64;

/** How deep src/load/fast-yaml.ts reads before it leaves a text to `yaml` and its guard. */
export const FAST_NESTING = MAX_NESTING / 2;
