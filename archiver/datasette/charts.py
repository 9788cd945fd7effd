"""The metric history of a clip as small charts: coordinates only, drawn by the template."""

from __future__ import annotations

import datetime as dt

from archiver.clock import parse as parse_time
from archiver.datasette.common import number


def metric_charts(observations: list[dict], width: int = 560, height: int = 120) -> list[dict]:
    """One small chart per counted metric (views and likes differ by orders of magnitude,
    so they get separate y axes). Coordinates only: the template draws the SVG, so every
    label passes through autoescaping."""
    timed = [(o, parse_time(o.get("observed_at"))) for o in observations]
    timed = [(o, moment) for o, moment in timed if moment is not None]
    if not timed:
        return []
    skip = {"availability", "reason_code"}
    metrics = [
        key
        for key in timed[0][0]
        if key not in skip
        and not key.endswith(("_id", "_at"))
        and all(isinstance(o[key], int | float | type(None)) for o, _ in timed)
        and any(o[key] is not None for o, _ in timed)
    ]
    left, right, top, bottom = 64, 12, 10, 22
    plot_w, plot_h = width - left - right, height - top - bottom
    start, end = timed[0][1], timed[-1][1]
    span = (end - start).total_seconds()

    def x_of(moment: dt.datetime) -> float:
        if span <= 0:
            return left + plot_w / 2
        return round(left + plot_w * (moment - start).total_seconds() / span, 1)

    gaps = [
        {"x": x_of(moment), "label": f"{o['availability']} at {o['observed_at']}"}
        for o, moment in timed
        if o.get("availability") != "available"
    ]
    charts = []
    for metric in metrics:
        values = [(o, moment) for o, moment in timed if o[metric] is not None]
        highest = max(o[metric] for o, _ in values) or 1
        points = [
            {
                "x": x_of(moment),
                "y": round(top + plot_h * (1 - o[metric] / highest), 1),
                "label": f"{number(o[metric])} {metric} at {o['observed_at']}",
            }
            for o, moment in values
        ]
        charts.append(
            {
                "metric": metric,
                "width": width,
                "height": height,
                "left": left,
                "right": width - right,
                "top": top,
                "bottom": height - bottom,
                "points": points,
                "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
                "highest": number(highest),
                "latest": number(values[-1][0][metric]),
                "first_at": timed[0][0]["observed_at"][:10],
                "last_at": timed[-1][0]["observed_at"][:10],
                "gaps": gaps,
            }
        )
    return charts
