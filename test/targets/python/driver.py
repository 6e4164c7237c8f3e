"""Round-trip driver: reads every fixture into its model and writes it back.

Input (stdin): {"fixtures": [{"file": path, or "payload": json, "package":
dotted, "class": name, or "reader" and "writer": a union's functions,
"strict": bool}]}.
Output: one JSON line per fixture, {"fixture": path, "json": model.to_dict()},
exactly what to_dict returns, so absent keys stay absent and None is null; or,
when reading raised, {"fixture": path, "error": {"type", "message"}} and, for
a ModelValidationError, its model, path, expected and found.
"""
import importlib
import json
import sys

VALIDATION_FIELDS = ("model", "path", "expected", "found")


def round_trip(fixture):
    if "payload" in fixture:
        payload = fixture["payload"]
    else:
        with open(fixture["file"], encoding="utf-8") as f:
            payload = json.load(f)
    package = importlib.import_module(fixture["package"])
    strict = fixture.get("strict", False)
    try:
        if "reader" in fixture:
            value = getattr(package, fixture["reader"])(payload, strict=strict)
            return {"json": getattr(package, fixture["writer"])(value)}
        model = getattr(package, fixture["class"]).from_dict(payload, strict=strict)
        return {"json": model.to_dict()}
    except Exception as error:  # reported, so the test can name the payload
        reported = {"type": type(error).__name__, "message": str(error)}
        reported["is_value_error"] = isinstance(error, ValueError)
        for name in VALIDATION_FIELDS:
            if hasattr(error, name):
                reported[name] = getattr(error, name)
        return {"error": reported}


def main() -> None:
    request = json.load(sys.stdin)
    for fixture in request["fixtures"]:
        result = round_trip(fixture)
        print(json.dumps({"fixture": fixture.get("file", ""), **result}))


main()
