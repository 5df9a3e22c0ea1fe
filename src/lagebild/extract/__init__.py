"""Extract: actor mentions, PLOVER events and the claims around them."""
