"""Errors the engine raises for bad input; their text is shown to people as is."""


class InputError(Exception):
    """Input that cannot be read as copy (missing, binary, undecodable, too large…).

    The message is one clear line, in English with the Chinese after it where it helps;
    the command line prints it to stderr and exits 2, the GUI shows it in a dialog.
    """
