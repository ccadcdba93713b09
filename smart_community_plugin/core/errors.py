"""The errors a user can act on: every front end shows their message as it is, never a traceback.

An error carries a catalogue `Message` (shown in the reader's language) or, where the text comes from
elsewhere (a translated Qt string, a library's own words), a plain string.
"""

from __future__ import annotations

from typing import Any, Optional

from .messages import Text, message, text_of


class PlanningError(ValueError):
    """A problem with the user's data, parameters or files, said in plain words with what to do."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.message: Text = text

    @classmethod
    def of(cls, message_id: str, **values: Any) -> PlanningError:
        """The error with a catalogue message."""
        return cls(message(message_id, **values))

    def text(self, language: Optional[str] = None) -> str:
        """The message in a language (default: the process's)."""
        return text_of(self.message, language)

    def __str__(self) -> str:
        return self.text()


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
