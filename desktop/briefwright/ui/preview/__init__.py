"""The preview pane and printing: the real PDF rendered page by page."""
