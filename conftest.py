"""Test-session set-up shared by the tests, the doctests in src/ and the docs pages."""

# `python -m telcobiz` runs the command line on import: not a module to doctest. The docs
# build hooks need the `docs` extra (griffe, matplotlib) and are exercised by `mkdocs build`.
collect_ignore = ["src/telcobiz/__main__.py"]
collect_ignore_glob = ["docs/hooks/*"]
