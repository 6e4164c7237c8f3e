import { DIAGNOSTICS } from '../../src/diagnostics/codes';

test('every diagnostic has its own stable code, MG followed by three digits', () => {
  const codes = Object.values(DIAGNOSTICS).map((d) => d.code);
  expect(codes.filter((c) => !/^MG\d{3}$/.test(c))).toEqual([]);
  expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
});

test('lint findings (MG1xx) are warnings and never stop a run; the rest are errors', () => {
  for (const d of Object.values(DIAGNOSTICS)) {
    expect(`${d.code} ${d.severity}`).toBe(`${d.code} ${d.code.startsWith('MG1') || d.code === 'MG024' ? 'warning' : 'error'}`);
  }
});

test('every diagnostic says how to fix it', () => {
  expect(Object.values(DIAGNOSTICS).filter((d) => d.hint.length < 10)).toEqual([]);
});
