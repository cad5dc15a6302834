"""The accounts component."""
