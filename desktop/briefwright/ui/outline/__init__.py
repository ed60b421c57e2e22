"""The outline pane: the tree of sections, facts and actors, its rows and filter."""
