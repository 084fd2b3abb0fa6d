"""The default adapter."""


def call(function, **args):
    """``function(**args)``."""
    return function(**args)
