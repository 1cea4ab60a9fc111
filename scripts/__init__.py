"""The repository's maintenance scripts (run through the shell wrappers beside them); a package so that the tests
import them as `scripts.sync_spec` and `scripts.template_patches`."""
