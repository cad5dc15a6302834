"""The components of the TTA platform, each promoted through Development, Staging and Production."""
