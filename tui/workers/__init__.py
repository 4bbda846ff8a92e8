"""Work the reader hands out of its event loop: the analysis worker process and its protocol."""
