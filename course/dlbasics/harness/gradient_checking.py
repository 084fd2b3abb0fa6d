"""Adapters of assignment 04 (gradient checking): build the callables a hidden case needs.

``gradient_check_1d`` takes two functions, ``J`` and ``dJ``, which plain data cannot carry.
A case describes them instead, as a polynomial plus a sine wave, and :func:`check_1d` builds
them on whichever side runs the case (the student's kernel or the grader).  ``dJ`` may be
deliberately wrong (scaled or shifted), like a derivative with a slip in it.

``gradient_check_n`` takes plain data; :func:`check_n` only lets it use its default epsilon.
"""

from __future__ import annotations

import numpy as np


def make_functions(coefficients, amplitude, frequency, slope_scale=1.0, slope_shift=0.0):
    """J(theta) = polynomial(theta) + amplitude * sin(frequency * theta), and a derivative.

    Inputs: coefficients -- (k,) float64, highest power first (as np.polyval);
            amplitude, frequency -- floats of the sine term;
            slope_scale, slope_shift -- dJ = slope_scale * J' + slope_shift (1, 0: exact).
    Returns: (J, dJ), two functions of one float that return a float.
    """
    coefficients = np.asarray(coefficients, dtype=np.float64)
    slope = np.polyder(coefficients)

    def J(theta):
        return np.polyval(coefficients, theta) + amplitude * np.sin(frequency * theta)

    def dJ(theta):
        exact = np.polyval(slope, theta) + amplitude * frequency * np.cos(frequency * theta)
        return slope_scale * exact + slope_shift

    return J, dJ


def check_1d(function, theta, coefficients, amplitude, frequency, slope_scale=1.0,
             slope_shift=0.0, epsilon=None):
    """``function(J, dJ, theta[, epsilon])`` for the J and dJ described by the arguments.

    Inputs: function -- gradient_check_1d; theta -- float; the rest as make_functions;
            epsilon -- float, or None to let the function use its default.
    Returns: what the function returns (the relative difference).
    """
    J, dJ = make_functions(coefficients, amplitude, frequency, slope_scale, slope_shift)
    if epsilon is None:
        return function(J, dJ, theta)
    return function(J, dJ, theta, epsilon=epsilon)


def check_n(function, parameters, gradients, X, Y, epsilon=None):
    """``function(parameters, gradients, X, Y[, epsilon])`` (epsilon None: its default).

    Inputs: function -- gradient_check_n; the rest its arguments.
    Returns: what the function returns (the relative difference).  Whether it left
      ``parameters`` alone shows in the arguments the kernel records after the call.
    """
    if epsilon is None:
        return function(parameters, gradients, X, Y)
    return function(parameters, gradients, X, Y, epsilon=epsilon)
