"""Benchmarks: plain scripts that print figures, run from the repository root as modules
(`.venv/bin/python -m bench.run_all`); see README.md in this folder."""
