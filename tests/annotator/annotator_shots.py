"""Saving screenshots of the bench: always into the test's folder, into docs/screenshots on demand."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def colours(image: QImage) -> int:
    """How many distinct colours a coarse grid of the image holds (a blank grab has one or two)."""
    step = max(1, image.width() // 80)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def save_shot(widget, name: str, tmp_path: Path, to_docs: bool) -> QImage:
    """Grab ``widget`` to ``annotator-<name>.png``; assert it shows something."""
    widget.show()
    image = widget.grab().toImage()
    assert image.save(str(tmp_path / f"annotator-{name}.png"))
    if to_docs:
        DOCS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(DOCS / f"annotator-{name}.png"))
    assert image.width() > 200 and colours(image) > 8, name
    return image
