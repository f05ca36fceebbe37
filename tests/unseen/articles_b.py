"""Unseen articles u07-u12 (our own invented reports; see README.md)."""
from common import A, E, R, N

ARTICLES = []
