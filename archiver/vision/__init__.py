"""The vision stage: the words shown on screen in a clip's keyframes, read by OCR."""
