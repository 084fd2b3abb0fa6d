"""Extra benchmarks printed by ``make bench`` after the per-notebook timings.

A module here defines ``run() -> list[tuple[str, str]]``: rows of (what, figure).
"""
