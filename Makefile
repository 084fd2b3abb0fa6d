# Entry points of the workbook.  Every target sets up the virtual environment it needs.
#   make demo    build the course, grade sample submissions, print the grade table
#   make test    the test suite (grader_tests/); installs PostgreSQL (Debian) if missing
#   make bench   time each solution notebook, one autograde per assignment, class throughput
#   make build   only build the source notebooks and the student release
#   make grade   grade the class in parallel on Dask; options in ARGS, e.g.
#                make grade ARGS="01_initialization --student 'a*' --workers 4 --force"
# The nbgrader cycle on one machine, through the exchange in ./exchange:
#   make release     build and release the assignments (instructor)
#   make lab         JupyterLab in the student's workspace ./student: fetch, validate, submit
#   make collect     collect the submissions, then grade them (instructor)
#   make feedback    write the feedback and release it (the student fetches it in make lab)
#   make formgrader  the instructor's JupyterLab with nbgrader's formgrader
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

.PHONY: venv system-packages build grade demo test bench clean release lab collect feedback formgrader report

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[grader]"
	rm -f $(VENV)/.installed-* && touch $@

system-packages:
	scripts/system-packages

build: venv
	$(PY) -m autograder build

grade: venv
	$(PY) -m autograder grade $(ARGS)

demo: venv
	$(PY) -m autograder demo

report: venv
	$(PY) -m autograder report $(ARGS)

test: venv system-packages
	$(PY) -m pytest

bench: venv
	$(PY) -m autograder bench

release: venv
	$(PY) -m autograder release $(ARGS)

lab: venv
	$(PY) -m autograder lab

collect: venv
	$(PY) -m autograder collect $(ARGS)
	$(PY) -m autograder grade $(ARGS)

feedback: venv
	$(PY) -m autograder feedback $(ARGS)

formgrader: venv
	$(PY) -m autograder formgrader

# The course folder only: the exchange (what students handed in) and the student's
# workspace (./student) are never removed by a course command.
clean:
	rm -rf build
