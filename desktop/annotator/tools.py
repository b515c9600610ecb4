"""``AnnotatorTools``: the bench wired into the desk's main window (see ``install``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from . import identity
from .bench import AnnotationBench
from .facts_panel import FactsPanel
from .link_mode import LinksPanel
from .progress import ProgressWidget
from .span_keys import load_keymap

#: name -> shortcut (None: none).  Free of every shortcut of desktop/actions.py; the texts
#: are set in ``AnnotatorTools.retranslate`` (literal ``tr`` calls, so lupdate finds them).
ACTIONS: dict[str, str | None] = {
    "annotate_mode": "Ctrl+Shift+A",
    "link_mode": None,
    "store_search": "Ctrl+Shift+F",
    "exchange": "Ctrl+Shift+E",
    "registry": "Ctrl+Shift+P",
    "compare": "Ctrl+Shift+K",
    "annotator_name": None,
}
#: The article view's layer that shows link mode (above the selection, below search hits).
LINK_LAYER = "annotator-link"
#: Settings key of the annotation-keys switch (off by default: proofreaders type digits).
MODE_KEY = "annotator/keys_on.v1"


class AnnotatorTools(QObject):
    """The annotator's bench inside a ``desktop.main_window.MainWindow``.

    Holds the ``bench`` (keys on ``window.view``), three docks (facts with filters, links,
    progress), an "Annotate" menu of ``actions`` and the dialogs, created on first use.
    """

    def __init__(self, window: QMainWindow, *, ask_name: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.bench = AnnotationBench(window.view, self.session.store, keymap=load_keymap(), parent=self)
        self.factsPanel = FactsPanel(window)
        self.factsPanel.setStore(self.session.store)
        self.factsPanel.setAcceptHandler(self.bench.acceptAll)
        self.linksPanel = LinksPanel(window)
        self.progress = ProgressWidget(window)
        self.docks: dict[str, QDockWidget] = {}
        for name, widget in (("annotatorFacts", self.factsPanel), ("annotatorLinks", self.linksPanel),
                             ("annotatorProgress", self.progress)):
            dock = QDockWidget(window)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
            # Below the story, as tabs: the desk's own docks keep their room at the sides.
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if self.docks:
                window.tabifyDockWidget(next(iter(self.docks.values())), dock)
            dock.hide()  # the annotation-keys switch shows them
            self.docks[name] = dock
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu(window)
        self.menu.setObjectName("annotateMenu")
        for name, shortcut in ACTIONS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)  # window-wide shortcut, whether or not the menu is shown
            self.menu.addAction(action)
            self.actions[name] = action
        self.menu.insertSeparator(self.actions["store_search"])
        window.menuBar().addMenu(self.menu)
        mode = self.actions["annotate_mode"]
        mode.setCheckable(True)
        self._dialogs: dict[str, Any] = {}
        self._ask_name = ask_name
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange → retranslate
        self._connect()
        self._use_name(identity.annotator_name())
        on = _read_mode()
        mode.setChecked(on)
        self.setKeysOn(on)
        if self.session.bundle is not None:
            self._on_loaded(self.session.bundle)

    def _connect(self) -> None:
        a, s = self.actions, self.session
        a["annotate_mode"].toggled.connect(self._on_mode_toggled)
        a["link_mode"].triggered.connect(self.startLink)
        a["store_search"].triggered.connect(self.showSearch)
        a["exchange"].triggered.connect(self.showExchange)
        a["registry"].triggered.connect(self.showRegistry)
        a["compare"].triggered.connect(self.showCompare)
        a["annotator_name"].triggered.connect(self.askName)
        s.articleLoaded.connect(self._on_loaded)
        s.articleRefreshed.connect(self._on_refreshed)
        s.documentsChanged.connect(self._on_counts)
        s.articleInfoChanged.connect(self._on_counts)
        self.bench.articleChanged.connect(self._on_bench_changed)
        self.bench.failed.connect(s.failed)
        self.bench.currentFactChanged.connect(self._on_bench_current)
        self.linksPanel.removeRequested.connect(self.bench.removeLink)
        self.linksPanel.linkActivated.connect(self._on_link_activated)
        link = self.bench.linkMode
        link.candidateChanged.connect(self._on_link_candidate)
        link.linkRequested.connect(self._on_link_over)
        link.cancelled.connect(self._on_link_cancelled)
        self.factsPanel.factActivated.connect(self._on_fact_activated)
        self.progress.storyActivated.connect(self.window.open_story)
        self.window.fact_view.selectionModel().currentRowChanged.connect(self._on_sheet_current)

    # -- the switch and the operations ----------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the menu, actions and docks in the current language."""
        texts = {
            "annotate_mode": self.tr("&Annotation keys (1–7 label, L link)"),
            "link_mode": self.tr("&Link person to title"),
            "store_search": self.tr("&Search the store…"),
            "exchange": self.tr("&Export and import…"),
            "registry": self.tr("People &registry…"),
            "compare": self.tr("&Compare with another annotator…"),
            "annotator_name": self.tr("Annotator &name…"),
        }
        for name, action in self.actions.items():
            action.setText(texts[name])
        self.menu.setTitle(self.tr("A&nnotate"))
        self.docks["annotatorFacts"].setWindowTitle(self.tr("Facts by kind and status"))
        self.docks["annotatorLinks"].setWindowTitle(self.tr("Links"))
        self.docks["annotatorProgress"].setWindowTitle(self.tr("Progress"))
        kind_names = getattr(self.window, "kind_names", None)
        if callable(kind_names):
            self.factsPanel.setKindNames(kind_names())

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(what, keys, where) rows like ``ActionCollection.shortcut_table`` for Help → Keyboard
        shortcuts: the Annotate menu's shortcuts, then the keys of the story text."""
        rows = [(a.text().replace("&", "").rstrip("…"),
                 a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), self.tr("anywhere"))
                for a in self.actions.values() if not a.shortcut().isEmpty()]
        keys = ", ".join(f"{key} {self.factsPanel.kindBox.itemText(self.factsPanel.kindBox.findData(kind))}"
                         for key, kind in self.bench.spanKeys.keyMap().items())
        text = self.tr("in the story text, annotation keys on")
        rows += [
            (self.tr("Mark the selection as a fact (or relabel the current fact)"), keys, text),
            (self.tr("Grow / shrink the current fact at its end"), "Shift+→, Shift+←", text),
            (self.tr("Grow / shrink the current fact at its start"), "Alt+Shift+←, Alt+Shift+→", text),
            (self.tr("Remove the current fact"), "Delete", text),
            (self.tr("Link the person to a title: next, previous, link, cancel"),
             "L, then Tab / Shift+Tab, Enter, Esc", text),
        ]
        return rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _use_name(self, name: str) -> None:
        # The desk opens its store as the login name; the annotator's own name, once known,
        # is who every later decision belongs to (agreement tells annotators apart by it).
        if name:
            self.session.store.user = name

    @Slot(bool)
    def _on_mode_toggled(self, on: bool) -> None:
        # The name is asked the first time a person turns annotation on, not when the desk
        # starts: proofreaders are never asked, and a start-up never waits on a dialog.
        if on and self._ask_name and not identity.annotator_name():
            self._use_name(identity.ask_annotator_name(self.window))
        self.setKeysOn(on)

    @Slot(bool)
    def setKeysOn(self, on: bool) -> None:
        """Label keys and link mode on the story text (and the bench's docks) on or off."""
        self.bench.spanKeys.setEnabled(on)
        self.bench.linkMode.setEnabled(on)
        for dock in self.docks.values():
            dock.setVisible(on)
        if on:
            self.docks["annotatorFacts"].raise_()
        if on:
            self.progress.refresh(self.session.store)
        _write_mode(on)

    @Slot()
    def startLink(self) -> None:
        self.window.view.setFocus()
        self.bench.linkMode.start()

    @Slot()
    def askName(self) -> str:
        name = identity.ask_annotator_name(self.window, force=True)
        if name:
            self.session.store.user = name
        return name

    def _dialog(self, name: str, factory) -> Any:
        dialog = self._dialogs.get(name)
        if dialog is None:
            dialog = self._dialogs[name] = factory()
        dialog.setStore(self.session.store) if hasattr(dialog, "setStore") else None
        dialog.show()
        dialog.raise_()
        return dialog

    @Slot()
    def showSearch(self) -> Any:
        from .search_dialog import SearchDialog

        def make():
            d = SearchDialog(self.session.store, self.window)
            d.openRequested.connect(self.openAt)
            return d
        return self._dialog("search", make)

    @Slot()
    def showExchange(self) -> Any:
        from .exchange_dialog import ExchangeDialog

        def make():
            d = ExchangeDialog(self.session.store, self.window)
            d.imported.connect(self._on_imported)
            return d
        return self._dialog("exchange", make)

    @Slot()
    def showRegistry(self) -> Any:
        from .registry_dialog import RegistryDialog

        return self._dialog("registry", lambda: RegistryDialog(self.session.store, self.window))

    @Slot()
    def showCompare(self) -> Any:
        from .compare_dialog import CompareDialog

        return self._dialog("compare", lambda: CompareDialog(self.session.store.path, self.window))

    @Slot(int, int, int)
    def openAt(self, article_id: int, start: int, end: int) -> None:
        """Bring a story to the front and select [start, end) (code points) in it."""
        if self.session.article_id != article_id:
            self.window.open_story(article_id)
        self.window.view.select_range(start, end)

    # -- following the window -------------------------------------------------------------
    @Slot(object)
    def _on_loaded(self, bundle) -> None:
        self.bench.setStore(self.session.store)
        self.bench.setUndoStack(self.window.stack_for(bundle.info.id))
        self.bench.setArticle(bundle.info.id)
        self._show(bundle)

    @Slot(object)
    def _on_refreshed(self, bundle) -> None:
        if self.bench.articleId() == bundle.info.id:
            current = self.bench.currentFact()
            self.bench.bundle = bundle
            self.bench.linkMode.setFacts(bundle.facts, bundle.text)
            if current is not None:
                self.bench.linkMode.setCurrentFact(current.id)
        self._show(bundle)

    def _show(self, bundle) -> None:
        self.factsPanel.setFacts(bundle.facts)
        self.linksPanel.setArticle(bundle.facts, bundle.relations)
        if self.docks["annotatorProgress"].isVisible():
            self.progress.refresh(self.session.store)

    @Slot(int)
    def _on_bench_changed(self, article_id: int) -> None:
        # The bench wrote to the store: let the session re-read the story so that every
        # view of the window (text layers, fact sheet, story list counts) follows.
        self.session.refresh(article_id)
        # Like the desk's own edits: the story is now being worked on, and the write is saved.
        self.session.set_status_if(article_id, "in_progress", "new")
        self.session.saved.emit(self.tr("annotation"))

    @Slot()
    def _on_counts(self, *_args) -> None:
        if self.docks["annotatorProgress"].isVisible():
            self.progress.refresh(self.session.store)

    @Slot(str, int)
    def _on_imported(self, _path: str, _pages: int) -> None:
        self.session.documentsChanged.emit()

    @Slot(int)
    def _on_fact_activated(self, fact_id: int) -> None:
        self.window.select_fact(fact_id)
        self.bench.setCurrentFact(fact_id)

    # -- link mode on the story text ------------------------------------------------------
    @Slot(int, int, int)
    def _on_link_candidate(self, fact_id: int, start: int, end: int) -> None:
        """Paint the person and every candidate title; the proposed one strongest."""
        from PySide6.QtGui import QColor

        from widgets.article_view import Span, background

        link = self.bench.linkMode
        head = link.head()
        spans = [Span(f.start, f.end, background(QColor("#fff3c4"))) for f in link.candidates() if f.id != fact_id]
        spans.append(Span(start, end, background(QColor("#ffd54f"), bold=True)))
        if head is not None:
            spans.append(Span(head.start, head.end, background(QColor("#b3d4fc"), bold=True)))
        self.window.view.set_layer(LINK_LAYER, spans, priority=35)
        self.window.statusBar().showMessage(
            self.tr("Link %1 → %2 · Tab/arrows: next title · Enter: link · Esc: cancel")
            .replace("%1", head.text if head is not None else "").replace("%2", link.candidate().text))

    @Slot(int, int)
    def _on_link_over(self, _head: int, _tail: int) -> None:
        self._on_link_cancelled()

    @Slot()
    def _on_link_cancelled(self) -> None:
        self.window.view.clear_layer(LINK_LAYER)
        self.window.statusBar().clearMessage()

    @Slot(int, int)
    def _on_link_activated(self, head: int, _tail: int) -> None:
        self.window.select_fact(head)

    @Slot(int)
    def _on_bench_current(self, fact_id: int) -> None:
        # Keep the fact sheet on the fact the keys act on (a new span becomes current).
        current = self.window.current_fact()
        if fact_id >= 0 and (current is None or current.id != fact_id):
            self.window.select_fact(fact_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_sheet_current(self, _current, _previous) -> None:
        # A fact picked in the sheet (click, Alt+Down…) becomes the one the keys act on; one
        # the window picked because the text cursor walked into it does not (the window says
        # so with ``syncing_selection()``): selecting it would make typing replace the name.
        if not self.bench.spanKeys.isEnabled() or self.window.syncing_selection():
            return
        fact = self.window.current_fact()
        if fact is not None and fact.id != getattr(self.bench.currentFact(), "id", None):
            self.bench.setCurrentFact(fact.id)


def _read_mode() -> bool:
    from PySide6.QtCore import QSettings

    return QSettings().value(MODE_KEY, False, type=bool)


def _write_mode(on: bool) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue(MODE_KEY, on)
