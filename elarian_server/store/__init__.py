"""The store: ``base`` is what the engine asks of one (``Store``, ``Tx`` and its aggregates, the
rows); ``sqlite`` is the default store that fills it."""
