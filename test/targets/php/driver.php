<?php

/*
 * Round-trip driver for the generated PHP models. Argument 1 is the output
 * folder (PSR-4 root); stdin is a JSON list of {"fixture", "class", "file",
 * "mode"}: mode "array" reads json_decode($text, true) with fromArray (a
 * union's reader class: fromValue), mode
 * "json" reads the text with fromJson (objects stay objects), mode "strict"
 * reads it with fromJson in strict mode. Prints one JSON
 * line per job: {"fixture", "mode", "json"} with what json_encode writes for
 * the model, or {"fixture", "mode", "error"}.
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
    $mode = $job['mode'] ?? 'array';
    $head = '{"fixture":' . json_encode($job['fixture'], $flags) . ',"mode":' . json_encode($mode, $flags);
    try {
        $text = (string) file_get_contents($job['file']);
        $model = match ($mode) {
            'json' => $job['class']::fromJson($text),
            'strict' => $job['class']::fromJson($text, strict: true),
            // A union's reader reads any decoded value; a model's fromArray an object.
            default => method_exists($job['class'], 'fromValue')
                ? $job['class']::fromValue(json_decode($text, true, 512, JSON_THROW_ON_ERROR))
                : $job['class']::fromArray(json_decode($text, true, 512, JSON_THROW_ON_ERROR)),
        };
        $line = $head . ',"json":' . json_encode($model, $flags) . '}';
    } catch (\Throwable $e) {
        $line = $head . ',"error":' . json_encode(get_class($e) . ': ' . $e->getMessage(), $flags) . '}';
    }
    echo $line, "\n";
}
