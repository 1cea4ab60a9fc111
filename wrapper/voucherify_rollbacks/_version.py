__version__ = "0.1.0"
"""This release's version (see the versioning policy in README.md; changes in CHANGELOG.md)."""
