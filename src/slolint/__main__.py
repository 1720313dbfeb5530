"""Entry point for ``python -m slolint``."""

from slolint.cli import main

raise SystemExit(main())
