"""Unseen2 articles v06-v10 (our own invented reports; see README.md)."""
from common import A, E, R, N

ARTICLES = []
