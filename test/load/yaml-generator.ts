/**
 * Random YAML for the differential test of src/load/fast-yaml.ts: documents
 * written the way specs are (block mappings and lists, plain, quoted and
 * block scalars, flow collections, comments, anchors and aliases), with the
 * scalars most likely to be typed wrongly, and then small edits of their
 * lines that push them out of the subset or make them wrong.
 */
import { Random } from '../fuzz/prng';

/** Scalars whose type depends on the exact YAML 1.2 core schema, and texts near them. */
export const TRICKY_SCALARS = [
  '1', '-1', '+1', '0', '-0', '007', '1.0', '1.', '.5', '-.5', '1e3', '1E-3', '1.5e+3', '1_000', '0x1F', '0x', '0o17', '0o8', '0b101',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE',
  'false', 'yes', 'no', 'on', 'off', 'y', 'n', '2001-12-14', '12:30', '1:2', 'a:b', 'http://x.y/z', '<<', '=', '-a', '?a', ':a', 'a b',
  'a#b', 'é', '(thing.id)', '$ref', '/path/{id}', 'a,b', 'a[0]', 'x-y', '_', '0.1.2', '1 2',
  // Characters JavaScript counts as blanks or line breaks and YAML does not.
  'a\u00a0', '\u00a0', '\u3000b', 'a\u2028b', 'a\u0085',
];

const WORDS = ['id', 'name', 'type', 'key', 'description', 'optional', 'properties', 'items', 'x', 'a b', 'url'];
const NOISE = [':', ': ', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!t ', '|', '>', '#', ' #c', '\t', ',', '\\', '? ', '%', '@', '`', '  ', '\n', '---', '|-', '>+', '|2', '\u00a0', '\u2028', '\u0085', '\r'];

interface Style {
  readonly step: number;
  readonly aliases: boolean;
  readonly anchors: string[];
}

function quote(random: Random, text: string): string {
  if (random.chance(0.5)) return `'${text.replace(/'/g, "''")}'`;
  return JSON.stringify(text);
}

function scalar(random: Random, inFlow: boolean): string {
  const text = random.chance(0.6) ? random.pick(TRICKY_SCALARS) : `${random.pick(WORDS)}${random.chance(0.3) ? ` ${random.pick(TRICKY_SCALARS)}` : ''}`;
  if (random.chance(0.3) || (inFlow && /[,[\]{}#:]/.test(text))) return quote(random, text);
  return text;
}

function flow(random: Random, depth: number): string {
  const n = random.int(0, 3);
  if (random.chance(0.5) || depth > 1) return `[${Array.from({ length: n }, () => (random.chance(0.2) && depth < 2 ? flow(random, depth + 1) : scalar(random, true))).join(', ')}]`;
  return `{${Array.from({ length: n }, (_, i) => ` ${random.pick(WORDS).replace(' ', '')}${i}: ${random.chance(0.2) ? flow(random, depth + 1) : scalar(random, true)}`).join(',')}${n > 0 ? ' ' : ''}}`;
}

function blockScalar(random: Random, indent: string): string {
  const header = `${random.pick(['|', '>'])}${random.pick(['', '-', '+'])}${random.chance(0.2) ? ' # c' : ''}`;
  const lines = Array.from({ length: random.int(1, 4) }, () => (random.chance(0.25) ? (random.chance(0.5) ? '' : ' '.repeat(random.int(1, 6))) : `${random.chance(0.15) ? ' ' : ''}${random.pick(WORDS)} ${random.pick(TRICKY_SCALARS)}${random.chance(0.1) ? ' ' : ''}`));
  if (lines.every((line) => line.trim() === '')) lines.push('text');
  return `${header}\n${lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n')}${random.chance(0.3) ? '\n' : ''}`;
}

/** A value after `key:` or `- `, starting on the line (with its own text) or below it. */
function value(random: Random, style: Style, indent: number, depth: number): string {
  const pad = ' '.repeat(indent + style.step);
  let props = '';
  if (style.aliases && random.chance(0.1)) {
    const name = `a${style.anchors.length}`;
    style.anchors.push(name);
    props = `&${name} `;
  } else if (style.aliases && style.anchors.length > 0 && random.chance(0.1)) return ` *${random.pick(style.anchors)}`;
  const roll = depth > 4 ? random.int(0, 4) : random.int(0, 8);
  if (roll <= 1) return ` ${props}${scalar(random, false)}${random.chance(0.1) ? ' # note' : ''}`;
  if (roll === 2) return ` ${props}${flow(random, 0)}`;
  if (roll === 3) return ` ${props}${blockScalar(random, pad)}`;
  if (roll === 4) return props === '' ? '' : ` ${props.trimEnd()}`;
  const body = roll <= 6 ? mapping(random, style, indent + style.step, depth + 1) : sequence(random, style, random.chance(0.3) ? indent : indent + style.step, depth + 1);
  return `${props === '' ? '' : ` ${props.trimEnd()}`}\n${body}`;
}

function mapping(random: Random, style: Style, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  const keys = Array.from({ length: random.int(1, 4) }, (_, i) => (random.chance(0.15) ? quote(random, random.pick(TRICKY_SCALARS)) : random.chance(0.15) ? random.pick(TRICKY_SCALARS) : `${random.pick(WORDS)}${i}`));
  return keys.map((key) => `${random.chance(0.1) ? `${pad}# comment\n` : ''}${pad}${key}:${value(random, style, indent, depth)}`).join('\n');
}

function sequence(random: Random, style: Style, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  return Array.from({ length: random.int(1, 3) }, () => {
    if (random.chance(0.4)) {
      const inner = mapping(random, style, indent + 2, depth + 1).slice(indent + 2);
      return `${pad}- ${inner}`;
    }
    return `${pad}-${value(random, style, indent, depth)}`;
  }).join('\n');
}

/** A random document, and whether it may use anchors and aliases. */
export function randomDocument(random: Random): { text: string; aliases: boolean } {
  const style: Style = { step: random.pick([2, 2, 4]), aliases: random.chance(0.4), anchors: [] };
  const body = random.chance(0.85) ? mapping(random, style, 0, 0) : sequence(random, style, 0, 0);
  return { text: `${body}${random.chance(0.8) ? '\n' : ''}`, aliases: style.aliases };
}

/** One small edit: a character deleted or inserted, a line indented differently, duplicated or removed. */
export function editLines(text: string, random: Random): string {
  const lines = text.split('\n');
  const i = random.int(0, lines.length - 1);
  const line = lines[i];
  const at = random.int(0, line.length);
  switch (random.int(0, 4)) {
    case 0:
      lines[i] = line.slice(0, at) + line.slice(at + 1);
      break;
    case 1:
      lines[i] = line.slice(0, at) + random.pick(NOISE) + line.slice(at);
      break;
    case 2:
      lines[i] = random.chance(0.5) ? ` ${line}` : line.replace(/^ /, '');
      break;
    case 3:
      lines.splice(i, 0, line);
      break;
    default:
      lines.splice(i, 1);
  }
  return lines.join('\n');
}
