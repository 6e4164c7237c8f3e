export const EXIT_OK = 0;
/** Drift found by `check`, or lint findings under `lint --strict`. */
export const EXIT_DRIFT = 1;
/** Bad usage, bad specs, bad config: nothing was written. */
export const EXIT_USAGE = 2;
