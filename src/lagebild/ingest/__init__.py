"""Ingest: read articles from files, directories, archives and feeds into plain Article objects."""

from . import warc  # noqa: F401 - registers the WARC reader
from .readers import READERS, Page, ReadOptions, read_items, read_paths, reader

__all__ = ["READERS", "Page", "ReadOptions", "read_items", "read_paths", "reader"]
