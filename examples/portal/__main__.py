"""``python -m examples.portal [--port N]``: serve the portal on 127.0.0.1 for a look around."""

from __future__ import annotations

import argparse

from examples.portal.app import create_app


def main(argv: list[str] | None = None) -> None:
    """Serve the portal with the demo lines and the real clock (Flask's development server)."""
    parser = argparse.ArgumentParser(prog="python -m examples.portal", description=__doc__)
    parser.add_argument("--port", type=int, default=5000, help="port on 127.0.0.1 (5000)")
    args = parser.parse_args(argv)
    create_app().run(host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
