"""Checks the edge-case model: docstrings survive, keywords escaped, wire keys kept.

Input (stdin): {"module": "<dotted module>", "file": "<its path>", "payload": {...}}.
Output: one JSON object with the class docstring, the field docstrings (read
with ast), the dataclass field order and the round trips.
"""
import ast
import dataclasses
import importlib
import json
import sys


def text(doc: str) -> str:
    """A docstring's text: the class-body indentation and closing line removed."""
    lines = doc.split("\n")
    body = [lines[0]] + [line[4:] for line in lines[1:]]
    if len(lines) > 1 and lines[-1] == "    ":
        body = body[:-1]
    return "\n".join(body)


def field_docs(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    cls = next(node for node in tree.body if isinstance(node, ast.ClassDef))
    docs = {}
    for node, after in zip(cls.body, cls.body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(after, ast.Expr):
            docs[node.target.id] = text(after.value.value)
    return docs


def main() -> None:
    request = json.load(sys.stdin)
    module = importlib.import_module(request["module"])
    cls = module.Edge
    payload = request["payload"]
    required = {k: v for k, v in payload.items() if k not in ("from", "it's \"q\"")}
    print(
        json.dumps(
            {
                "doc": text(cls.__doc__),
                "fieldDocs": field_docs(request["file"]),
                "fields": [f.name for f in dataclasses.fields(cls)],
                "full": cls.from_dict(payload).to_dict(),
                "required": cls.from_dict(required).to_dict(),
            }
        )
    )


main()
