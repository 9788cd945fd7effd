"""Evidence bundles: one clip's evidence as a BagIt bag another person can check
offline (build.py writes it, page.py is its index.html, check.py verifies it)."""
