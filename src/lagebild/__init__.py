"""lagebild: news articles in, a situation picture out (who did what to whom, according to whom)."""

from .model import Article, Doc, Event
from .pipeline import Pipeline, extract_events

__version__ = "0.1.0"
__all__ = ["Article", "Doc", "Event", "Pipeline", "extract_events", "__version__"]
