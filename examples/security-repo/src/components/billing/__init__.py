"""The billing component."""
