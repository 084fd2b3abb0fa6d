"""The trust boundary: everything here confines the student's kernel.

``bwrap``      the bubblewrap command line and what a kernel's exit status means
``workspace``  the private folders one sandboxed kernel sees
``kernel``     the jupyter_client kernel manager that starts kernels inside the sandbox
``execute``    the nbgrader preprocessor that runs a notebook in it, under limits
"""
