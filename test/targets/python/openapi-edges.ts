/**
 * OpenAPI shapes no document of the tests has, for the Python target: a
 * union in an import cycle with its variant, a union named like a helper
 * (`Model` → `read_model_`), an Unknown class whose name a model already
 * has, list, map and const variants, a named enum of values that are no
 * identifiers, and an enum in another area's package.
 */
import { EnumModel, Model, ModelSet, Property, TypeRef, UnionModel, UnionVariant } from '../../../src/ir/model';
import { areaFromName } from '../../../src/ir/area';

const source = { path: 'specs/edges.yaml', name: 'specs/edges.yaml' };
const at = { file: source.path, line: 1, column: 1 };
const MAIN = areaFromName('main', 'config');
const PAINT = areaFromName('paint', 'config');

const ref = (modelId: string, name: string, modelKind?: 'union' | 'enum'): TypeRef => ({ kind: 'model', modelId, name, ...(modelKind ? { modelKind } : {}) });
const prop = (name: string, type: TypeRef, optional = false): Property => ({ name, fieldId: name, wireName: name, optional, type, location: at });

function model(id: string, name: string, properties: Property[]): Model {
  return { id, source, area: MAIN, fields: [], bindings: [{ language: 'python', name, properties, location: at }] };
}

function union(id: string, name: string, variants: UnionVariant[], discriminator?: UnionModel['discriminator']): UnionModel {
  return { id, source, area: MAIN, ...(discriminator ? { discriminator } : {}), bindings: [{ language: 'python', name, location: at, variants }] };
}

const variant = (id: string, type: TypeRef, requiredKeys: string[] = []): UnionVariant => ({ id, type, tags: [], requiredKeys });

const COLOR_VALUES = ['', '1st', 'in-review', 'in_review', '\u00e9', 'class', 'name', 'value'];

export const COLOR: EnumModel = {
  id: 'color',
  source,
  area: PAINT,
  values: COLOR_VALUES,
  bindings: [{ language: 'python', name: 'Color', location: at, members: COLOR_VALUES.map((v) => ({ name: v, documentedName: v, wireValue: v, primary: true })) }],
};

export const TREE = model('tree', 'Tree', [
  prop('leaves', { kind: 'list', items: { kind: 'integer' } }),
  prop('next', ref('branch', 'Branch', 'union'), true),
  prop('color', ref('color', 'Color', 'enum'), true),
  prop('forest', ref('forest', 'Forest', 'union'), true),
]);
export const LEAF = model('leaf', 'Leaf', [prop('value', { kind: 'string' })]);
/** Takes the name the union's Unknown class would have. */
export const BRANCH_UNKNOWN = model('branch_unknown', 'BranchUnknown', [prop('why', { kind: 'string' })]);

/** In a cycle with Tree, which refers to it. */
export const BRANCH = union('branch', 'Branch', [variant('tree', ref('tree', 'Tree'), ['leaves']), variant('leaf', ref('leaf', 'Leaf'), ['value'])]);

/** In a cycle with Tree through a list variant, which the alias must quote whole. */
export const FOREST = union('forest', 'Forest', [variant('trees', { kind: 'list', items: ref('tree', 'Tree') }), variant('name', { kind: 'string' })]);

/** Named like `_types.read_model`'s union; list, map and const variants. */
export const MODEL_UNION = union('model_union', 'Model', [
  variant('auto', { kind: 'literal', value: 'auto' }),
  variant('leaves', { kind: 'list', items: ref('leaf', 'Leaf') }),
  variant('counts', { kind: 'map', values: { kind: 'integer' } }),
  variant('colors', { kind: 'nullable', inner: ref('color', 'Color', 'enum') }),
]);

export const HOLDER = model('edge_holder', 'EdgeHolder', [prop('branch', ref('branch', 'Branch', 'union')), prop('model', ref('model_union', 'Model', 'union')), prop('other', ref('branch_unknown', 'BranchUnknown'), true)]);

export const EDGES: ModelSet = { models: [TREE, LEAF, BRANCH_UNKNOWN, HOLDER], unions: [BRANCH, MODEL_UNION, FOREST], enums: [COLOR] };
