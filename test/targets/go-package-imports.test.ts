import { checkPackageImports } from '../../src/targets/go/package-imports';
import { TargetError } from '../../src/targets/target';

const edges = (pairs: Record<string, string[]>) => new Map(Object.entries(pairs).map(([from, to]) => [from, new Set(to)]));

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof TargetError) return `${error.diagnostic.code}: ${error.message}`;
    throw error;
  }
}

describe('go packages importing each other', () => {
  test('one-way imports with a module path are fine', () => {
    expect(refusal(() => checkPackageImports(edges({ orders: ['catalog'], catalog: [], billing: ['orders', 'catalog'] }), 'example.com/shop'))).toBeUndefined();
  });

  test('no imports need no module path', () => {
    expect(refusal(() => checkPackageImports(edges({ orders: [], catalog: [] }), ''))).toBeUndefined();
  });

  test('an import without a module path is MG209 naming both packages', () => {
    expect(refusal(() => checkPackageImports(edges({ orders: ['catalog'], catalog: [] }), ''))).toBe('MG209: go: package orders refers to models of package catalog, and importing it needs the module path');
  });

  test('a cycle, direct or through a third package, is MG209 naming the path', () => {
    expect(refusal(() => checkPackageImports(edges({ a: ['b'], b: ['a'] }), 'example.com/x'))).toBe('MG209: go: packages a → b → a import each other, which Go refuses');
    expect(refusal(() => checkPackageImports(edges({ a: ['b'], b: ['c'], c: ['a'] }), 'example.com/x'))).toBe('MG209: go: packages a → b → c → a import each other, which Go refuses');
  });
});
