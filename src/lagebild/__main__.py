"""`python -m lagebild` runs the command line."""

from .serve.cli import main

main()
