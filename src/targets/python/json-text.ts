/** JSON as Python's `json.dumps` writes it by default (`{"a": 1, "b": [2, 3]}`): how a docstring shows an example. */
import { JsonValue } from '../../ir/model';

export function jsonText(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(jsonText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${jsonText(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}
