"""The test suite, one package per layer of the SDK (see `ls tests/`), shared tools in `tests.support`."""
