"""Round-trip driver: reads every fixture into its model and writes it back.

Input (stdin): {"fixtures": [{"file": path, "package": dotted, "class": name}]}.
Output: one JSON line per fixture, {"fixture": path, "json": model.to_dict()},
exactly what to_dict returns, so absent keys stay absent and None is null.
"""
import importlib
import json
import sys


def main() -> None:
    request = json.load(sys.stdin)
    for fixture in request["fixtures"]:
        with open(fixture["file"], encoding="utf-8") as f:
            payload = json.load(f)
        cls = getattr(importlib.import_module(fixture["package"]), fixture["class"])
        written = cls.from_dict(payload).to_dict()
        print(json.dumps({"fixture": fixture["file"], "json": written}))


main()
