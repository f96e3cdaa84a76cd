"""nbconvert preprocessor for Deno's Jupyter kernel, used by scripts/notebooks.sh.

Deno's kernel can publish a cell's outputs (display data, stream text, the last expression's value) on the IOPub
channel just after the message that marks the cell idle. nbclient stops listening to a cell at that message, so
such an output is silently lost, in roughly one cell of five. This preprocessor keeps listening for a short grace
period after the idle message and adds the late outputs to their cell. Everything else is nbconvert's
ExecutePreprocessor.

Use: PYTHONPATH=scripts jupyter nbconvert --to notebook --NotebookExporter.preprocessors=nbexec.DenoExecutePreprocessor ...
"""
from queue import Empty

from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async
from nbconvert.preprocessors import ExecutePreprocessor
from traitlets import Float


class DenoExecutePreprocessor(ExecutePreprocessor):
    grace = Float(0.5, help="Seconds to keep collecting a cell's outputs after the kernel reports it idle.").tag(config=True)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        assert self.kc is not None
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=self.grace if idle else None))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True
