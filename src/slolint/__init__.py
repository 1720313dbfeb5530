"""slolint: a policy-as-code linter for SLO specifications."""

__version__ = "0.1.0"
