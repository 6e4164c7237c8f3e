"""Round-trip driver: reads every fixture into its model and writes it back.

Input (stdin): {"package": "...", "classes": {"<model id>": "<class>"}, "fixtures": [paths]}.
Output: one JSON line per fixture, {"fixture": path, "json": model.to_dict()}.
"""
import importlib
import json
import sys


def main() -> None:
    request = json.load(sys.stdin)
    package = importlib.import_module(request["package"])
    for path in request["fixtures"]:
        with open(path, encoding="utf-8") as f:
            payload = json.load(f)
        cls = getattr(package, request["classes"][payload["object"]])
        print(json.dumps({"fixture": path, "json": cls.from_dict(payload).to_dict()}))


main()
