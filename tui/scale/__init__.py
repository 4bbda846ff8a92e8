"""Newsloupe beyond one machine: indexing and relinking on a Dask cluster (``--workers``, ``--scheduler``).

Nothing here is imported unless the user asks for a cluster: the one-process path stays as it is.
"""


class ClusterError(RuntimeError):
    """The cluster cannot be started or reached (one line for the user)."""
