"""Reference implementations, one module per assignment, never shipped to students.

Each graded function is written once, here; the build inlines its body into the solution
block of the assignment's nbgrader source notebook, and the grader calls it to judge.
A function may use NumPy, TensorFlow and :mod:`dlbasics`, and nothing else from this module
(the build copies only the function itself).
"""
