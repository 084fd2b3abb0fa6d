# Entry points of the workbook.  Every target sets up the virtual environment it needs.
#   make demo    build the course, autograde sample submissions, print the grade table
#   make test    the test suite (grader_tests/)
#   make bench   time each solution notebook and one autograde per assignment
#   make build   only build the source notebooks and the student release
# MNIST is read from $DLBASICS_MNIST_DIR if set, else from the per-user cache (downloaded once).

VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
export PATH := $(abspath $(VENV))/bin:$(PATH)
# One OpenBLAS thread per process: the notebooks' matrices are small, and on a small or
# shared machine extra BLAS threads mostly wait for each other, which makes runs slower and
# timings noisy.  Set it to another value to override.
export OPENBLAS_NUM_THREADS ?= 1

.PHONY: venv build demo test bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	rm -f $(VENV)/.installed-* && touch $@

build: venv
	$(PY) -m autograder build

demo: venv
	$(PY) -m autograder demo

test: venv
	$(PY) -m pytest

bench: venv
	$(PY) -m autograder bench

clean:
	rm -rf build
