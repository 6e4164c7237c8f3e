/** Reads the `--contract` file; the OpenAPI reader is loaded only by the commands that take one. */
import * as fs from 'node:fs';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { Contract } from '../openapi/contract';

export async function loadContract(file: string, bag: DiagnosticBag): Promise<Contract | undefined> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    bag.add('contractUnreadable', `cannot read contract '${file}': ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, undefined, 'check the --contract path or the config\'s `contract:`');
    return undefined;
  }
  const { readContract } = await import('../openapi/read-contract');
  return readContract(file, text, bag);
}
