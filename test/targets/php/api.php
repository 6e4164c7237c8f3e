<?php

/*
 * Exercises the public API of the generated type-forms models (namespace
 * Acme\Forms) beyond the wire round trip: constructors with explicit nulls,
 * toArray's plain arrays, PHP types of what was read, error messages.
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

$full = TreeNode::fromJson((string) file_get_contents($argv[2]));
$plain = $full->toArray();
$results = [
    'constructed' => json_encode($node(), $flags),
    'constructedExplicitNull' => json_encode($node(['nickname' => null, 'explicitNulls' => ['nickname']]), $flags),
    'constructedNested' => json_encode($node([
        'leaf' => new Leaf(value: 'v', weights: ['0' => [1.0], 'x' => []]),
        'childrenByName' => [],
        'extra' => null,
        'explicitNulls' => ['extra'],
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
    'errors' => [
        'int' => $error(static fn () => TreeNode::fromArray(['id' => 'x', 'count' => 1.5])),
        'nested' => $error(static fn () => TreeNode::fromJson(
            '{"id":"x","count":1,"ratio":1,"enabled":true,"flags":[],"matrix":[[1,"2"]]}',
        )),
        'deep' => $error(static fn () => Leaf::fromArray(['value' => 'v', 'owner' => ['id' => 7]])),
        'notObject' => $error(static fn () => TreeNode::fromJson('[1]')),
    ],
];
echo json_encode($results, $flags), "\n";
