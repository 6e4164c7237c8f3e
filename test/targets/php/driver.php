<?php

/*
 * Round-trip driver for the generated PHP models. Argument 1 is the output
 * folder (PSR-4 root); stdin is a JSON list of {"fixture", "class", "file"}.
 * Prints one JSON line per fixture: {"fixture", "json"} or {"fixture", "error"}.
 */

declare(strict_types=1);

$root = $argv[1];
spl_autoload_register(static function (string $class) use ($root): void {
    $file = $root . '/' . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

$flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR;
$jobs = json_decode((string) stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
foreach ($jobs as $job) {
    try {
        $data = json_decode((string) file_get_contents($job['file']), true, 512, JSON_THROW_ON_ERROR);
        $model = $job['class']::fromArray($data);
        $line = '{"fixture":' . json_encode($job['fixture'], $flags) . ',"json":' . json_encode($model, $flags) . '}';
    } catch (\Throwable $e) {
        $line = json_encode(['fixture' => $job['fixture'], 'error' => get_class($e) . ': ' . $e->getMessage()], $flags);
    }
    echo $line, "\n";
}
