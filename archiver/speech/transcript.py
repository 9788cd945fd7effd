"""What a transcript is: segments with their times, and each word's time.

The dataclasses live with the catalogue code that stores them
(archiver.store.transcripts), which the speech and vision stages share.
"""

from archiver.store.transcripts import Segment, Transcript, Word

__all__ = ["Segment", "Transcript", "Word"]
