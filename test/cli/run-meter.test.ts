import { RunMeter, showsProgress } from '../../src/cli/run-meter';

const terminal = () => {
  const writes: string[] = [];
  return { writes, stream: { isTTY: true, columns: 30, write: (text: string) => writes.push(text) } };
};

test('the first and the last step of a stage are drawn; steps in between only when time has passed', () => {
  const { writes, stream } = terminal();
  const meter = new RunMeter(stream);
  for (let i = 1; i <= 500; i++) meter.progress('validating specs', i, 500);
  expect(writes[0]).toBe('\r\u001b[Kvalidating specs 1/500');
  expect(writes[writes.length - 1]).toBe('\r\u001b[Kvalidating specs 500/500');
  expect(writes.length).toBeLessThan(500);
});

test('the line is cut one short of the terminal width, and erased once', () => {
  const { writes, stream } = terminal();
  const meter = new RunMeter(stream);
  meter.progress('rendering targets', 3, 7, 'a-rather-long-target-name');
  expect(writes).toEqual([`\r\u001b[K${'rendering targets 3/7 (a-rather-long-target-name)'.slice(0, 29)}`]);
  meter.clear();
  meter.clear();
  expect(writes.slice(1)).toEqual(['\r\u001b[K']);
});

test('without a stream nothing is drawn, and the times are still kept, in the order the stages ran', () => {
  const meter = new RunMeter(undefined);
  meter.progress('validating specs', 1, 1);
  meter.spend('load', 1.4);
  meter.spend('validate', 10);
  meter.spend('load', 1);
  expect(meter.summary()).toBe('timings: load 2 ms, validate 10 ms');
  meter.reset();
  expect(meter.summary()).toBe('timings: none');
});

test.each([
  ['a terminal', { isTTY: true }, undefined, {}, true],
  ['a pipe', { isTTY: false }, undefined, {}, false],
  ['--quiet', { isTTY: true }, true, {}, false],
  ['CI', { isTTY: true }, undefined, { CI: 'true' }, false],
  ['TERM=dumb', { isTTY: true }, undefined, { TERM: 'dumb' }, false],
])('showsProgress on %s', (_name, stream, quiet, env, expected) => {
  expect(showsProgress(stream, quiet, env)).toBe(expected);
});
