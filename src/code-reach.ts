/**
 * How far into the bundle a run reached, for the launcher's code cache
 * (src/cli/launch.ts): a cache holds only the code of the run that made it,
 * so a run that went further (rendered, where the run before only compared
 * hashes) leaves a fuller one behind. Loading the fuller cache costs a
 * run that stops early some 3 ms; compiling the renderers without it costs
 * a rendering run some 30.
 */
export const REACH = { start: 0, render: 1 } as const;

let reached: number = REACH.start;

export function reach(point: number): void {
  reached = Math.max(reached, point);
}

export function codeReach(): number {
  return reached;
}
