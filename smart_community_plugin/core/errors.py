"""The errors a user can act on: every front end shows their message as it is, never a traceback."""

from __future__ import annotations


class PlanningError(ValueError):
    """A problem with the user's data, parameters or files, said in plain words with what to do."""


class InputError(PlanningError):
    """An input layer or file cannot be used at all; the message names the layer (and feature) and the fix."""


class ReviewError(PlanningError):
    """The review cannot run on these inputs or parameters."""


class OutputError(PlanningError):
    """An output cannot be written where it was asked for (it is an input, the disk is full, read-only ...)."""


class OutputExistsError(OutputError, FileExistsError):
    """The output file exists and replacing it was not allowed (OVERWRITE false)."""


class Cancelled(PlanningError):
    """The user cancelled; nothing was written."""
