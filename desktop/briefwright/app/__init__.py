"""What the window and the command line share: pipeline, export, CLI."""
