"""Time to redraw the radar with 12 overlays (in-place update + paint), and a full rebuild.

Run: QT_QPA_PLATFORM=offscreen python bench/radar_bench.py
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from pcsc_workshop.core.assessment import stable_elements  # noqa: E402
from pcsc_workshop.ui.widgets.radar import Axis, RadarChart  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    radar = RadarChart()
    radar.resize(900, 650)
    radar.show()
    axes = [Axis(e.id, e.number, f"Element {e.number}", e.domain_id) for e in stable_elements()]
    t0 = time.perf_counter()
    radar.set_axes(axes, {})
    axes_ms = (time.perf_counter() - t0) * 1000
    rng = random.Random(1)

    def values():
        return [rng.choice([None, 0, 1, 2, 3, 4]) for _ in axes]

    radar.set_series("Edited", values())
    update, paint = [], []
    for _ in range(60):
        overlays = [(f"City {i}", values()) for i in range(12)]
        t0 = time.perf_counter()
        radar.set_overlays(overlays)
        radar.set_series("Edited", values())
        t1 = time.perf_counter()
        radar.grab()  # forces a full paint of chart and legend
        t2 = time.perf_counter()
        update.append((t1 - t0) * 1000)
        paint.append((t2 - t1) * 1000)
    app.processEvents()
    update, paint = update[5:], paint[5:]  # drop warm-up
    total = [u + p for u, p in zip(update, paint, strict=True)]
    print(f"radar axes layout (once per curriculum): {axes_ms:.1f} ms")
    print(f"12 overlays + edited series, update in place: median {statistics.median(update):.1f} ms")
    print(f"paint (grab) of chart and legend:            median {statistics.median(paint):.1f} ms")
    print(f"redraw total: median {statistics.median(total):.1f} ms, "
          f"max {max(total):.1f} ms over {len(total)} redraws")


if __name__ == "__main__":
    main()
