/**
 * Resolves description references against the `descriptions` trees and lists
 * the fields a model's tree describes.
 */
import { DESCRIPTION_VARIANTS, DescriptionVariant } from '../../ir/model';
import { DescriptionNode } from '../validate/raw-spec';
import { DescriptionText, parseDescriptionText } from './enum-text';

export type DescriptionTrees = ReadonlyMap<string, DescriptionNode>;

export interface ResolvedReference {
  /** The reference without its variant: `directory.state`. */
  readonly fieldId: string;
  readonly variant?: DescriptionVariant;
  readonly text: DescriptionText;
}

export function isVariant(name: string): name is DescriptionVariant {
  return (DESCRIPTION_VARIANTS as readonly string[]).includes(name);
}

/** A node whose children are all variants holds one text per variant. */
function isVariantNode(node: DescriptionNode): boolean {
  return node.children.size > 0 && [...node.children.keys()].every(isVariant);
}

export function resolveReference(trees: DescriptionTrees, path: readonly string[]): ResolvedReference | undefined {
  let node = trees.get(path[0]);
  let i = 1;
  for (; node && i < path.length; i++) {
    if (isVariantNode(node) && i === path.length - 1) break;
    node = node.children.get(path[i]);
  }
  if (!node) return undefined;
  const variantName = i < path.length ? path[i] : undefined;
  if (variantName !== undefined) {
    const leaf = isVariant(variantName) ? node.children.get(variantName) : undefined;
    if (!leaf?.text) return undefined;
    return { fieldId: path.slice(0, -1).join('.'), variant: variantName as DescriptionVariant, text: parseDescriptionText(leaf.text) };
  }
  const text = defaultText(node);
  if (text === undefined) return undefined;
  return { fieldId: path.join('.'), text: parseDescriptionText(text) };
}

/** Every reference the trees can answer, dot-joined (`directory.state.titlecase`), for a "did you mean". */
export function referencePaths(trees: DescriptionTrees): string[] {
  const paths: string[] = [];
  const walk = (node: DescriptionNode, path: string) => {
    paths.push(path);
    for (const [key, child] of node.children) walk(child, `${path}.${key}`);
  };
  for (const [id, tree] of trees) walk(tree, id);
  return paths;
}

/** A field's main text: the leaf itself, else its `lowercase` variant, else its first. */
function defaultText(node: DescriptionNode): string | undefined {
  if (node.text !== undefined) return node.text;
  if (!isVariantNode(node)) return undefined;
  return (node.children.get('lowercase') ?? [...node.children.values()][0]).text;
}

/** Field ids of a model's tree in document order (nested groups flattened), `self` excluded. */
export function describedFields(trees: DescriptionTrees, modelId: string): string[] {
  const root = trees.get(modelId);
  if (!root) return [];
  const ids: string[] = [];
  const walk = (node: DescriptionNode, prefix: string) => {
    for (const [name, child] of node.children) {
      if (prefix === modelId && name === 'self') continue;
      const id = `${prefix}.${name}`;
      if (child.text !== undefined || isVariantNode(child)) ids.push(id);
      else walk(child, id);
    }
  };
  walk(root, modelId);
  return ids;
}

/** The parsed text of every variant of a field, for enum alignment. */
export function variantTexts(trees: DescriptionTrees, fieldId: string): Map<DescriptionVariant, DescriptionText> {
  const result = new Map<DescriptionVariant, DescriptionText>();
  const [modelId, ...segments] = fieldId.split('.');
  let node = trees.get(modelId);
  for (const segment of segments) node = node?.children.get(segment);
  if (!node) return result;
  if (node.text !== undefined) {
    result.set('lowercase', parseDescriptionText(node.text));
    return result;
  }
  for (const [name, child] of node.children) {
    if (isVariant(name) && child.text !== undefined) result.set(name, parseDescriptionText(child.text));
  }
  return result;
}

export function selfDescription(trees: DescriptionTrees, modelId: string): string | undefined {
  return trees.get(modelId)?.children.get('self')?.text?.trim();
}
