"""Sections: segmentation, roles, headings and the proposals put together."""
