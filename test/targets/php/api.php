<?php

/*
 * Exercises the public API of the generated type-forms models (namespace
 * Acme\Forms) beyond the wire round trip: constructors, toArray's plain
 * arrays, PHP types of what was read, strict errors and what the same
 * payloads read and write back without strict.
 * Argument 1 is the PSR-4 root. Prints one JSON object of named results.
 */

declare(strict_types=1);

use Acme\Forms\Leaf;
use Acme\Forms\TreeNode;

$root = $argv[1];
spl_autoload_register(static function (string $class) use ($root): void {
    $file = $root . '/' . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

$flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION;
$error = static function (callable $f): string {
    try {
        $f();
        return 'no error';
    } catch (\Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
};
$node = static fn (array $extra = []): TreeNode => new TreeNode(
    ...array_merge([
        'id' => 'n',
        'count' => 1,
        'ratio' => 0.0,
        'enabled' => true,
        'flags' => [],
        'matrix' => [],
        'tags' => [],
        'children' => [],
        'notes' => null,
        'maybeNames' => [],
        'kind' => 'branch',
    ], $extra),
);

// Each read once strict (the error) and once not (what it writes back).
$reads = [
    'int' => static fn (bool $strict) => TreeNode::fromArray(['id' => 'x', 'count' => 1.5], $strict),
    'nested' => static fn (bool $strict) => TreeNode::fromJson(
        '{"id":"x","count":1,"ratio":1,"enabled":true,"flags":[],"matrix":[[1,"2"]]}',
        $strict,
    ),
    'deep' => static fn (bool $strict) => Leaf::fromArray(['value' => 'v', 'owner' => ['id' => 7]], $strict),
    'missing' => static fn (bool $strict) => TreeNode::fromJson('{"id":"x","count":2,"tags":{"a":1}}', $strict),
];
$full = TreeNode::fromJson((string) file_get_contents($argv[2]));
$plain = $full->toArray();
$results = [
    'notObject' => $error(static fn () => TreeNode::fromJson('[1]')),
    'constructed' => json_encode($node(), $flags),
    'constructedNull' => json_encode($node(['nickname' => null]), $flags),
    'constructedNested' => json_encode($node([
        'leaf' => new Leaf(value: 'v', weights: ['0' => [1.0], 'x' => []]),
        'childrenByName' => [],
        'extra' => null,
    ]), $flags),
    'types' => [
        'count' => get_debug_type($full->count),
        'ratio' => get_debug_type($full->ratio),
        'child' => get_debug_type($full->children[0]),
        'childByName' => get_debug_type($full->childrenByName['b'] ?? null),
        'parent' => get_debug_type($full->parent),
        'owner' => get_debug_type($full->childrenByName['b']->leaf?->owner),
        'extra' => get_debug_type($full->extra),
    ],
    'plain' => [
        'child' => get_debug_type($plain['children'][0]),
        'tags' => get_debug_type($plain['tags']),
        'extra' => get_debug_type($plain['extra']),
        'owner' => $plain['children_by_name']['b']['leaf']['owner']['id'] ?? null,
    ],
    'errors' => array_map(static fn (\Closure $read) => $error(static fn () => $read(true)), $reads),
    'errorParts' => (static function () use ($reads): array {
        try {
            $reads['deep'](true);
            return [];
        } catch (\Acme\Forms\ModelValidationException $e) {
            return [$e->model, $e->path, $e->expected, $e->found, $e instanceof \UnexpectedValueException];
        }
    })(),
    'lenient' => array_map(static fn (\Closure $read) => json_encode($read(false), $flags), $reads),
];
echo json_encode($results, $flags), "\n";
