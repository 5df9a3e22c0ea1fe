"""Serve: the command line (and, later, the API and web UI) over the stored picture."""
