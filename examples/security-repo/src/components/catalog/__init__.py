"""The catalog component."""
