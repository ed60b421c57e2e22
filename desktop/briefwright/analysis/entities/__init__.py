"""Names in the text: entity candidates, actors, aliases, roles and references."""
