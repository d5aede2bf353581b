"""A small web portal built on telcobiz: SoftBank backup settings and a fleet quote (Flask).

Run it with ``python -m examples.portal`` from the repository root; test it with
``pytest examples/portal``. See ``docs/examples/portal.md``.
"""
