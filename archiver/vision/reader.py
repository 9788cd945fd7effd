"""The OCR engine: RapidOCR with the PP-OCR models its wheel carries, loaded once.

    ScreenReader().read(image) -> [Line]   the lines of text in one picture

RapidOCR would fetch a model from the network if one were missing; the models' paths
are given explicitly and checked first, so a damaged install is a clear error and
nothing is ever downloaded. The ONNX models carry their own character lists, so no
dictionary is fetched either.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from archiver.errors import CorruptMedia, ModelNotAvailable

# The Chinese-and-English PP-OCR models that rapidocr 3.x installs inside its wheel.
DETECTION_MODEL = "PP-OCRv6_det_small.onnx"
RECOGNITION_MODEL = "PP-OCRv6_rec_small.onnx"


@dataclass(frozen=True)
class Line:
    text: str
    score: float  # the recogniser's confidence, 0-1
    top: float  # pixels from the top of the picture, for reading order


def model_name() -> str:
    """What the catalogue records as the OCR transcript's model."""
    return f"rapidocr-{metadata.version('rapidocr')}/PP-OCRv6-small"


class ScreenReader:
    """One RapidOCR engine for a run; `threads` caps onnxruntime's (None: all cores)."""

    def __init__(self, threads: int | None = None):
        try:
            import rapidocr
        except ImportError as error:
            raise ModelNotAvailable("rapidocr is not installed: pip install rapidocr") from error
        models = Path(rapidocr.__file__).parent / "models"
        paths = {name: models / name for name in (DETECTION_MODEL, RECOGNITION_MODEL)}
        missing = [name for name, path in paths.items() if not path.is_file()]
        if missing:
            raise ModelNotAvailable(
                f"rapidocr's packaged models are missing ({', '.join(missing)}): "
                "reinstall rapidocr; nothing is downloaded"
            )
        self._engine = rapidocr.RapidOCR(
            params={
                "Global.log_level": "error",
                # captions are upright; the 180-degree classifier only costs time
                "Global.use_cls": False,
                # rapidocr scales a picture's short side up to 736 px by default; a
                # phone frame read at most 960 px long gave the same text 3-4x faster
                # on our drawtext clips (bench/visual.py)
                "Det.limit_type": "max",
                "Det.limit_side_len": 960,
                "Det.model_path": str(paths[DETECTION_MODEL]),
                "Rec.model_path": str(paths[RECOGNITION_MODEL]),
                "EngineConfig.onnxruntime.intra_op_num_threads": threads or -1,
            }
        )

    def read(self, image: Path) -> list[Line]:
        """The text lines in `image`, top to bottom; CorruptMedia if it cannot be read."""
        if not image.is_file():
            raise CorruptMedia(f"{image.name} is missing")
        try:
            result = self._engine(str(image))
        except Exception as error:  # noqa: BLE001 - OpenCV and onnxruntime raise their own
            raise CorruptMedia(f"cannot read {image.name}: {error}") from error
        if result.txts is None or result.boxes is None:
            return []
        lines = [
            Line(text.strip(), float(score), float(min(point[1] for point in box)))
            for text, score, box in zip(result.txts, result.scores, result.boxes, strict=True)
            if text.strip()
        ]
        return sorted(lines, key=lambda line: line.top)
