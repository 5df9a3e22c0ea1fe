"""Fuse: cross-document work over stored events (duplicates, corroboration, contradictions, stories)."""
