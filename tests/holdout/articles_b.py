"""Held-out articles h09-h16 (our own invented reports; see README.md)."""
from common import A, E, R, N

ARTICLES = []
