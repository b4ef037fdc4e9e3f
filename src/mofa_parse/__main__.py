"""``python -m mofa_parse``: the ``mofa-parse`` command."""

from __future__ import annotations

import sys

from mofa_parse.io.cli import main

if __name__ == "__main__":
    sys.exit(main())
