"""CLI commands: every module here has ``register(app)``; `serve/cli.py` loads them all."""
