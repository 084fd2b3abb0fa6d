"""A jupyter_client kernel manager whose kernels start inside a :class:`~.bwrap.Sandbox`.

It changes three things of :class:`jupyter_client.AsyncKernelManager`, each through a
documented hook:

* ``format_kernel_cmd``: the kernelspec's command is wrapped by :func:`.bwrap.command`;
* the channels use the ``ipc`` transport (Unix sockets in the sandbox's runtime folder),
  because the kernel has no network, not even loopback shared with the grader;
* its clients refuse message parts over 256 MiB before they reach the grader's memory;
* interrupts are sent as ``interrupt_request`` messages on the control channel (the
  kernelspec's ``interrupt_mode = "message"``): a signal sent to bwrap would not reach the
  kernel inside its PID namespace.

The kernel's own stdout/stderr (not what cells print, which travels over the channels) go to
a log file in the runtime folder, so that a submission cannot flood the grader's terminal.
"""

from __future__ import annotations

import os
import subprocess
import typing as t

import zmq.asyncio
from jupyter_client import AsyncKernelClient, AsyncKernelManager
from traitlets import Type, default

from autograder.sandbox import bwrap

#: a message part larger than this is dropped by ZeroMQ before it reaches the grader's memory
#: (a queue limit would not do: dropping a kernel's "idle" status stalls the notebook)
MAX_FRAME_BYTES = 256 * 2**20


class SandboxKernelClient(AsyncKernelClient):
    """A kernel client whose sockets refuse oversized message parts."""

    @default("context")
    def _context_default(self):
        context = zmq.asyncio.Context()
        context.setsockopt(zmq.MAXMSGSIZE, MAX_FRAME_BYTES)
        return context


class SandboxKernelManager(AsyncKernelManager):
    """Set :attr:`sandbox` before starting the kernel."""

    sandbox: bwrap.Sandbox | None = None
    client_factory = Type(default_value=SandboxKernelClient, klass=AsyncKernelClient)

    def __init__(self, **kwargs):
        kwargs.setdefault("transport", "ipc")
        super().__init__(**kwargs)
        self.process: subprocess.Popen | None = None

    def format_kernel_cmd(self, extra_arguments: list | None = None) -> list:
        kernel = super().format_kernel_cmd(extra_arguments) + [bwrap.ENTER_WORKDIR]
        return bwrap.command(self.sandbox, kernel)

    async def _async_pre_start_kernel(self, **kw: t.Any):
        if self.sandbox is None:
            raise RuntimeError("SandboxKernelManager.sandbox is not set")
        runtime = self.sandbox.runtime
        self.connection_file = str(runtime / "kernel.json")
        self.ip = str(runtime / "socket")
        self.kernel_spec.interrupt_mode = "message"
        log = open(runtime / "kernel.log", "wb")  # noqa: SIM115 (closed with the kernel)
        kw.update(cwd=str(runtime), stdout=log, stderr=log,
                  env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")})
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        if bwrap.runs_as_root():  # the kernel reads its connection file as its own user
            os.chown(self.connection_file, bwrap.kernel_uid(), bwrap.kernel_uid())
        return cmd, kw

    async def _async_launch_kernel(self, kernel_cmd: list, **kw: t.Any) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw)
        self.process = getattr(self.provisioner, "process", None)
        kw["stdout"].close()  # the child holds its own copy

    def exit_code(self) -> int | None:
        """bwrap's exit code (the kernel's status, 128+N for signal N); None while alive."""
        return None if self.process is None else self.process.poll()
