"""Language: detection, tokens and sentences, lemmas, numbers and dates."""
