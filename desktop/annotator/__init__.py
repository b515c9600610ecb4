"""The annotator's bench (issue 7): self-contained Qt components over the store.

How the main window wires each component is documented in ``install`` below.
"""
