import { AREA_CASES, areaFromName, DEFAULT_AREA, withArea } from '../../src/ir/area';

describe('an area cased for each language', () => {
  const area = areaFromName('directory-sync', 'url');

  test.each([
    ['com.workos.{area}.models', AREA_CASES.joined, 'com.workos.directorysync.models'],
    ['WorkOS.{area}', AREA_CASES.pascal, 'WorkOS.DirectorySync'],
    ['workos.{area}', AREA_CASES.snake, 'workos.directory_sync'],
    ['WorkOS::{area}', AREA_CASES.pascal, 'WorkOS::DirectorySync'],
    ['WorkOS\\{area}', AREA_CASES.pascal, 'WorkOS\\DirectorySync'],
    ['{area}', AREA_CASES.joined, 'directorysync'],
    ['src/{area}', AREA_CASES.kebab, 'src/directory-sync'],
    ['Fixed.Name', AREA_CASES.pascal, 'Fixed.Name'],
  ])('%j → %j', (option, casing, expected) => expect(withArea(option, area, casing)).toBe(expected));

  test.each([
    ['models.{area}', 'models'],
    ['{area}.models', 'models'],
    ['WorkOS::{area}', 'WorkOS'],
    ['Acme\\{area}\\Models', 'Acme\\Models'],
    ['src/{area}', 'src'],
    ['{area}', ''],
  ])('without an area, %j drops the placeholder and its separator: %j', (option, expected) => expect(withArea(option, DEFAULT_AREA, AREA_CASES.pascal)).toBe(expected));
});
