/** Many small specs documenting one model each in every language, for tests that need a large output. */
import { REFERENCE_LANGUAGES } from '../../src/ir/languages';

/** `count` specs (`w000.yaml`...); `variant` goes into every description, so two variants differ in every file. */
export function syntheticSpecs(count: number, variant: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const id = `w${i}`;
    const lines = ['descriptions:', `  ${id}:`, `    self: Widget ${i}, ${variant}.`, '    id: Unique identifier.', `    name: The name, ${variant}.`, 'reference:'];
    for (const language of REFERENCE_LANGUAGES) {
      const key = language === 'curl' ? id : `W${i}`;
      lines.push(`  ${language}:`, `    - key: ${key}`, `      id: ${id}`, `      title: ${key}`, '      properties:');
      lines.push('        - key: id', '          type: string', `          description: (${id}.id)`);
      lines.push('        - key: name', '          type: string', '          optional: true', `          description: (${id}.name)`);
    }
    files[`${id.replace(/\d+/, (n) => n.padStart(3, '0'))}.yaml`] = lines.join('\n') + '\n';
  }
  return files;
}
