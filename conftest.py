"""Test-session set-up shared by the tests, the doctests in src/ and the docs pages."""

# `python -m telcobiz` runs the command line on import: not a module to doctest.
collect_ignore = ["src/telcobiz/__main__.py"]
