"""The extractor's version, apart from the rules so a cache lookup need not import them."""

#: Bump when a rule changes what it produces: cached analyses key on it.
EXTRACTOR_VERSION = "1.3.1"  # 1.3.1: articles over 20,000 characters are parsed in paragraph pieces
