"""Discovery: from a citation that only describes its clip to the clips to capture."""
