"""Ingest: read articles from files, directories and archives into plain Article objects."""

from .readers import READERS, ReadOptions, read_paths, reader

__all__ = ["READERS", "ReadOptions", "read_paths", "reader"]
