"""The annotator's bench (issue 7): self-contained Qt components over the store.

Components (each usable alone; offsets are code points of the story's stored text):

- ``span_keys.SpanKeyController`` — event filter on any QPlainTextEdit: label keys 1–7
  (``analysis.model.FACT_KINDS`` order, configurable) on a selection → ``spanRequested``;
  on the current span: Shift+←/→ move its end, Alt+Shift+←/→ its start
  (``growRequested``/``shrinkRequested``), Delete → ``deleteRequested``, a label key →
  ``kindChangeRequested``, Esc forgets it.
- ``link_mode.LinkModeController`` — L on a person, Tab/arrows cycle titles, Enter links
  (``linkRequested``), Esc cancels, a click on a candidate links it; ``LinksPanel`` lists
  links and asks to remove one (``removeRequested``).
- ``bench.AnnotationBench`` — both controllers on one view, writing through undo commands
  (``commands.py``) over the store; ``articleChanged``/``currentFactChanged``/``failed``.
- ``facts_panel.FactsPanel`` (+ ``models.FactsFilterProxy``) — kind/status filters,
  automatic facts grey and italic, "accept all visible of kind".
- ``search_dialog.SearchDialog`` — ``store.search``; ``openRequested(article_id, start, end)``.
- ``progress.ProgressWidget`` — verified of total and open flags, per page, story, overall.
- ``identity`` — the annotator's name in QSettings, asked once; ``open_store_as_annotator``.
- ``exchange_dialog.ExchangeDialog`` — export every format (as ``main.py export``), import
  JSONL / Label Studio pre-annotations.
- ``registry_dialog.RegistryDialog`` — the people registry: filter, add, edit in place, delete, CSV in and out.
- ``compare_dialog.CompareDialog`` — a second annotator's store side by side, agreement
  figures, adopt A or B, write the merged store.

Wiring into the main window — one call after the window is built::

    from desktop.annotator import install
    tools = install(window)          # window: desktop.main_window.MainWindow

``install`` adds an "Annotate" menu with these actions (objectName ``action_<name>``, all
window-wide shortcuts, none taken by ``desktop/actions.py``):

============== ============== ===================================================
name           shortcut       does
============== ============== ===================================================
annotate_mode  Ctrl+Shift+A   checkable: label keys + L on the story text, shows the
                              Facts / Links / Progress docks (off by default, kept in
                              QSettings, because proofreaders type digits over a selection)
link_mode      —              link mode for the person at the cursor (mouse users)
store_search   Ctrl+Shift+F   SearchDialog; a hit opens the story and selects the span
exchange       Ctrl+Shift+E   ExchangeDialog; after an import ``documentsChanged`` is emitted
registry       Ctrl+Shift+P   RegistryDialog
compare        Ctrl+Shift+K   CompareDialog over ``session.store.path``
annotator_name —              ask the name again (QInputDialog), set ``store.user``
============== ============== ===================================================

The annotator's name is asked (QInputDialog) the first time annotation keys are turned on,
never at start-up, so the desk and its ``--smoke-test`` never wait on a dialog; once known it
becomes ``store.user`` (the desk opens the store as the login name).

``install`` follows ``session.articleLoaded/articleRefreshed`` (bench, docks), uses
``window.stack_for(article_id)`` for every edit (so Ctrl+Z undoes a span, a link, an
accept-all), keeps the fact sheet and the bench on the same current fact, and after each bench
edit asks the session to re-read the story (``session.refresh``), marks the story in
progress (``session.set_status_if``) and emits ``session.saved``; a sheet row the window
moved itself (``window.syncing_selection()``) does not become the bench's current fact.  Link mode paints the layer ``annotator-link`` on
``window.view`` and puts its key hints in the status bar.  Label keys can be remapped with
the setting ``annotator/label_keys.v1`` (``"1=person,2=title,…"``).  For Help → Keyboard
shortcuts, ``tools.shortcut_table()`` gives rows in the form of
``ActionCollection.shortcut_table()`` (the menu's shortcuts and the keys of the story text):
``ShortcutsDialog(window.actions.shortcut_table() + tools.shortcut_table(), window)``.
"""
from __future__ import annotations

from typing import Any


def install(window: Any, *, ask_name: bool = True) -> Any:
    """Wire the annotator's bench into ``window`` (a MainWindow); returns the ``AnnotatorTools``."""
    from .tools import AnnotatorTools

    return AnnotatorTools(window, ask_name=ask_name)
