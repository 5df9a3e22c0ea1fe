"""Knowledge: actor and place gazetteers, the event ontology, all loaded from resource data."""
