"""Checks what the round trip alone cannot show on the SHAPES package.

Input (stdin): {"package": dotted, "datetime_package": dotted, "holder": a
ShapeHolder payload with every union}. Output: one JSON object reporting
which Python type each union value read as, what strict reading raised for
bad unions, the deprecation warnings code and reading get, and how
date-times read and write back.
"""
import copy
import importlib
import json
import pickle
import sys
import warnings
from datetime import datetime, timedelta, timezone


def type_names(holder):
    return {
        "event": type(holder.event).__name__,
        "events": [type(e).__name__ for e in holder.events],
        "token": type(holder.token).__name__,
        "value": type(holder.value).__name__,
        "values": {k: type(v).__name__ for k, v in holder.values.items()},
        "target": type(holder.target).__name__,
        "statuses": [type(s).__name__ for s in holder.statuses],
    }


def strict_error(read, payload):
    try:
        read(payload, strict=True)
        return None
    except ValueError as error:
        return str(error)


def warned(build):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build()
    return [
        f"{w.category.__name__}: {w.message} ({w.filename.rsplit('/', 1)[-1]})"
        for w in caught
    ]


def read_both(pkg, widget):
    pkg.Gadget.from_dict({"object": "gadget", "name": "g"})
    pkg.Widget.from_dict({**widget, "legacy_code": "x"})


def main() -> None:
    job = json.load(sys.stdin)
    pkg = importlib.import_module(job["package"])
    dt = importlib.import_module(f"{job['datetime_package']}._types")
    holder = pkg.ShapeHolder.from_dict(job["holder"])
    widget = pkg.Widget.from_dict(job["widget"])
    status = pkg.WidgetStatus("active")
    stamps = [
        "2024-01-02T03:04:05.000Z",
        "2024-01-02T03:04:05Z",
        "2024-01-02t03:04:05.123456789+05:30",
        "2024-01-02 03:04:05-00:00",
        "2016-12-31T23:59:60Z",
        "2024-02-30T00:00:00Z",
    ]
    read = [dt.read_datetime(s) for s in stamps]
    report = {
        "types": type_names(holder),
        "unknown_raw": holder.events[1].raw,
        "enum": [
            status is pkg.WidgetStatus.ACTIVE,
            status == "active",
            str(status),
            json.dumps(status),
        ],
        "strict": {
            "missing tag": strict_error(pkg.read_shape_event, {"id": "e"}),
            "tag of another kind": strict_error(pkg.read_shape_event, {"event": 7}),
            "bad field of a known variant": strict_error(
                pkg.read_shape_event, {"id": 1, "event": "widget.deleted", "data": {}}
            ),
            "not an object": strict_error(pkg.read_token_state, "yes"),
            "boolean tag": strict_error(pkg.read_token_state, {"active": "true"}),
            "no scalar variant": strict_error(pkg.read_scalar_value, {"a": 1}),
            "no object variant": strict_error(
                pkg.read_resource_target, {"resource_type_slug": "x"}
            ),
            "unknown tag passes": strict_error(
                pkg.read_shape_event, {"event": "widget.melted"}
            ),
            "const mismatch": strict_error(
                pkg.Widget.from_dict,
                {**job["widget"], "enabled": 1},
            ),
        },
        "warnings": {
            "building a deprecated model": warned(
                lambda: pkg.Gadget(object="gadget", name="g")
            ),
            "setting a deprecated field": warned(
                lambda: pkg.Widget(**{**vars(widget), "legacy_code": "x"})
            ),
            "building without it": warned(lambda: pkg.Widget(**vars(widget))),
            "reading both": warned(lambda: read_both(pkg, job["widget"])),
        },
        "datetimes": {
            "types": [type(v).__name__ for v in read],
            "written": [dt.write_datetime(v) for v in read],
            "utc": read[0] == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
            "fraction": read[2].microsecond,
            "copied": [
                dt.write_datetime(copy.deepcopy(read[0])),
                dt.write_datetime(pickle.loads(pickle.dumps(read[2]))),
            ],
            "derived": dt.write_datetime(read[0] + timedelta(hours=1)),
            "built in code": dt.write_datetime(
                datetime(2024, 1, 2, 3, 4, 5, 120000, tzinfo=timezone.utc)
            ),
        },
    }
    print(json.dumps(report))


main()
