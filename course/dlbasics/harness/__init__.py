"""Adapters that call a graded function on plain-data inputs (kernel side and grader side).

A hidden check case names an adapter; both the student's kernel and the grader run the same
adapter, the first with the student's function and the second with the reference, so the
two results are comparable.  ``_call.call`` just calls ``function(**args)``.  An assignment
whose calls need more (a callable argument, a Keras model, a TF1 graph) adds a module here
named after the assignment's topic; an adapter returns plain data only.
"""
