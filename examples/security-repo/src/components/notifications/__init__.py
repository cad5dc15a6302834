"""The notifications component."""
