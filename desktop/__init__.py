"""The application shell: main window, actions, settings, undo commands, background tasks, models."""
