"""Player experience: the story catalogue, player sessions and the HTTP service players use."""

__version__ = "1.4.0"
