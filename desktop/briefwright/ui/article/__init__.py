"""The article pane: the text, find, the colour key, and the link to the outline."""
