"""Catalog search over a prepared word index."""


def search(index, words):
    """Items that match any of the words; unknown words match nothing."""
    results = []
    for word in words:
        results.extend(index.get(word, []))
    return results


def warm_cache(cache, keys):
    """Fill the cache ahead of traffic; a failure here only costs a slower first request."""
    for key in keys:
        try:
            cache.load(key)
        except Exception:
            pass
