"""Grading a whole class in parallel on Dask: ``python -m autograder grade``.

The flow, and where each part runs:

* :mod:`.collect` (coordinator) reads each submission folder, refusing what the grader will
  not run, into a :class:`.tasks.Task`: plain data, the files as bytes;
* :mod:`.worker` (each Dask worker) hands tasks to a grading process of its own that
  :mod:`.grader_process` runs: nbgrader's own ``Autograde``, in-process, in a private scratch
  course built from the worker's checkout, every kernel in the sandbox.  It answers with a
  :class:`.tasks.Result`: the autograded folder as bytes, the outcome and the seconds taken;
* :mod:`.record` (coordinator, the only writer) writes the course's ``autograded/`` folder
  and the gradebook through nbgrader's own preprocessors and ``Gradebook`` API, one
  submission at a time, as results arrive;
* :mod:`.run` ties them together: the cluster (an embedded ``LocalCluster`` unless a
  scheduler address is given), retries, the progress bar and the final table.
"""
