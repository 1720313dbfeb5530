"""The cache stage: per-file results kept between runs, and whole runs replayed.

:mod:`~slolint.cache.store` keeps each file's results under the digest of its bytes
(sealed, authenticated, never a name to resolve); :mod:`~slolint.cache.record` is the
encoding of one file's results; :mod:`~slolint.cache.replay` keeps whole runs whose
inputs repeat; :mod:`~slolint.cache.location` says where the cache lives. Nothing here
is imported by a run without a cache but the location.
"""
