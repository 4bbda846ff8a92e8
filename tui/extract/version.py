"""The extractor's version, apart from the rules so a cache lookup need not import them."""

#: Bump when a rule changes what it produces: cached analyses key on it.
EXTRACTOR_VERSION = "1.4.0"
