"""What a run reads (the world: every SLO file of the project) and what it reports (the
scope: what the user named). See :mod:`slolint.world.build`."""
