"""The analyst's own content in the window: dialogs, flows and undoable steps."""
