"""Held-out test corpus for the CCM intake topic classifier.

The ``specs_*`` modules hold hand-written message specifications;
``make_corpus.py`` renders them to ``.eml`` files plus ``labels.json``.
Written independently of the classifier's rules and vocabulary.
"""
