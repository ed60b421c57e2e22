"""The data the product is made of: article, analysis, briefing, document, errors."""
